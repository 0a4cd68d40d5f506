package org.rightsregistry.stats;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

/** Statistics over invented records; each test scopes its counts to its own case(s) with the caseId/personId filters. */
@QuarkusTest
class StatsResourceTest {

    @Test
    void shouldCountPersonsInPreTrialDetentionOnArticle405InKazakhstanInOneCall() {
        String kz = aCase().with("country", "KZ").create();
        String kg = aCase().with("country", "KG").create();
        String detained405 = aPerson().with("status", "PRE_TRIAL_DETENTION").create();
        String detained174 = aPerson().with("status", "PRE_TRIAL_DETENTION").create();
        String free405 = aPerson().with("status", "AT_LIBERTY").create();
        String detainedKg = aPerson().with("status", "PRE_TRIAL_DETENTION").create();
        for (String p : new String[] {detained405, detained174, free405}) {
            addParty(kz, p, "ACCUSED");
        }
        addParty(kg, detainedKg, "ACCUSED");
        aCharge(kz, detained405).with("article", "405(2)").create();
        aCharge(kz, detained174).with("article", "174").create();
        aCharge(kz, free405).with("article", "405").create();
        aCharge(kg, detainedKg).with("law", "KG-CC-2017").with("article", "405").create();
        Api.json().queryParam("status", "PRE_TRIAL_DETENTION").queryParam("article", "405").queryParam("country", "KZ")
                .queryParam("caseId", kz, kg).get("/api/v1/stats").then().statusCode(200)
                .body("count", is("PERSONS")).body("by", hasSize(0)).body("total", is(1)).body("groups", hasSize(0));
        Api.json().queryParam("by", "PERSON_STATUS").queryParam("caseId", kz, kg).get("/api/v1/stats").then().statusCode(200)
                .body("total", is(4))
                .body("groups.values.personStatus", contains("PRE_TRIAL_DETENTION", "AT_LIBERTY"))
                .body("groups.count", contains(3, 1));
        Api.json().queryParam("by", "PERSON_STATUS").queryParam("by", "COUNTRY").queryParam("caseId", kz, kg).get("/api/v1/stats").then()
                .statusCode(200).body("count", is("PERSONS")).body("by", contains("PERSON_STATUS", "COUNTRY"))
                .body("groups[0].values", is(Map.of("personStatus", "PRE_TRIAL_DETENTION", "country", "KZ")))
                .body("groups[0].count", is(2))
                .body("groups.count", contains(2, 1, 1));
        Map<String, String> law = new LinkedHashMap<>();
        law.put("law", "KZ-CC-2014");
        law.put("article", "174");
        Api.json().queryParam("by", "LAW_ARTICLE").queryParam("caseId", kz).get("/api/v1/stats").then().statusCode(200)
                .body("count", is("CHARGES")).body("total", is(3)).body("imprisonment", nullValue())
                .body("groups.values.article", contains("174", "405", "405(2)"))
                .body("groups[0].values", is(law));
    }

    @Test
    void shouldGroupCasesByCountryThemeAndYearAndSumImprisonment() {
        String person = aPerson().with("gender", "FEMALE").withList("roles", "JOURNALIST", "BLOGGER").create();
        String a = aCase().with("country", "KZ").withList("themes", "EXPRESSION", "JOURNALISM").with("openedOn", "2020-05").with("stage", "FINAL")
                .create();
        String b = aCase().with("country", "KZ").withList("themes", "EXPRESSION").with("openedOn", "2021").with("stage", "FINAL").create();
        String c = aCase().with("country", "KG").with("openedOn", "2021~").with("stage", "TRIAL").create();
        for (String x : new String[] {a, b, c}) {
            addParty(x, person, "DEFENDANT");
        }
        aSentence(a, person).with("verdict", "GUILTY").with("decidedOn", "2020-12")
                .withList("components", imprisonment(72), Map.of("type", "FINE", "amount", 100, "currency", "MRP"))
                .with("status", "MODIFIED_ON_APPEAL").create();
        aSentence(a, person).with("verdict", "GUILTY").with("decidedOn", "2021-03").withList("components", imprisonment(48)).create();
        Map<String, Object> suspended = new LinkedHashMap<>(imprisonment(24));
        suspended.put("suspended", true);
        aSentence(b, person).with("verdict", "GUILTY").with("decidedOn", "2021-11").withList("components", suspended).create();
        aSentence(c, person).with("verdict", "GUILTY").with("decidedOn", "2022-02")
                .withList("components", imprisonment(200), Map.of("type", "LIFE_IMPRISONMENT")).create();

        Api.json().queryParam("by", "COUNTRY").queryParam("personId", person).get("/api/v1/stats").then().statusCode(200)
                .body("count", is("CASES")).body("total", is(3))
                .body("groups.values.country", contains("KZ", "KG")).body("groups.count", contains(2, 1))
                .body("imprisonment.sentences", is(3))
                .body("imprisonment.totalMonths", is(48 + 24 + 200))
                .body("imprisonment.suspendedMonths", is(24))
                .body("imprisonment.life", is(1))
                .body("imprisonment.withoutTerm", is(0))
                .body("imprisonment.terms.fromMonths", contains(0, 13, 37, 61, 121, 181))
                .body("imprisonment.terms.toMonths", contains(12, 36, 60, 120, 180, null))
                .body("imprisonment.terms.count", contains(0, 1, 1, 0, 0, 1));
        Api.json().queryParam("by", "THEME").queryParam("by", "OPENED_YEAR").queryParam("personId", person).queryParam("country", "KZ")
                .get("/api/v1/stats").then().statusCode(200)
                .body("total", is(2))
                .body("groups.values.theme", contains("EXPRESSION", "EXPRESSION", "JOURNALISM"))
                .body("groups.values.openedYear", contains("2020", "2021", "2020"));
        Api.json().queryParam("by", "STAGE").queryParam("count", "PERSONS").queryParam("caseId", a, b, c).get("/api/v1/stats").then()
                .statusCode(200).body("count", is("PERSONS")).body("total", is(1))
                .body("groups.values.stage", contains("FINAL", "TRIAL")).body("groups.count", contains(1, 1))
                .body("imprisonment.sentences", is(3));
        Api.json().queryParam("by", "DECIDED_YEAR").queryParam("by", "COMPONENT_TYPE").queryParam("personId", person)
                .get("/api/v1/stats").then().statusCode(200).body("count", is("SENTENCES")).body("total", is(4))
                .body("groups.values.decidedYear", contains("2021", "2020", "2020", "2022", "2022"))
                .body("groups.values.componentType", contains("IMPRISONMENT", "FINE", "IMPRISONMENT", "IMPRISONMENT", "LIFE_IMPRISONMENT"))
                .body("groups.count", contains(2, 1, 1, 1, 1));
        Api.json().queryParam("by", "VERDICT").queryParam("personId", person).queryParam("minTermMonths", "60").get("/api/v1/stats").then()
                .statusCode(200).body("total", is(2)).body("groups[0].values.verdict", is("GUILTY"));
        Api.json().queryParam("by", "GENDER").queryParam("by", "ROLE").queryParam("caseId", a).get("/api/v1/stats").then()
                .statusCode(200).body("groups.values.role", contains("BLOGGER", "JOURNALIST"))
                .body("groups.values.gender", contains("FEMALE", "FEMALE"));
    }

    @Test
    void shouldRejectUnknownDimensionsAndFiltersOfAnotherList() {
        Api.json().queryParam("by", "HAIR_COLOUR").get("/api/v1/stats").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("by"));
        Api.json().queryParam("by", "COUNTRY").queryParam("by", "STAGE").queryParam("by", "THEME").get("/api/v1/stats").then()
                .statusCode(400).body("errors[0].field", is("by"));
        Api.json().queryParam("count", "APPEALS").get("/api/v1/stats").then().statusCode(400).body("errors[0].field", is("count"));
        Api.json().queryParam("count", "CASES").queryParam("gender", "FEMALE").get("/api/v1/stats").then().statusCode(400)
                .body("errors[0].field", is("gender"));
        Api.json().queryParam("count", "CASES").queryParam("status", "IMPRISONED").get("/api/v1/stats").then().statusCode(400)
                .body("errors[0].field", is("status"));
        Api.json().queryParam("count", "SENTENCES").queryParam("status", "IMPRISONED").get("/api/v1/stats").then().statusCode(400)
                .body("errors[0].field", is("status"));
        Api.json().queryParam("openedFrom", "2020").get("/api/v1/stats").then().statusCode(400).body("errors[0].field", is("openedFrom"));
        Api.json().queryParam("q", "x").get("/api/v1/stats").then().statusCode(400).body("errors[0].field", is("q"));
        Api.json().queryParam("by", "COUNTRY").queryParam("decidedFrom", "2020-13").get("/api/v1/stats").then().statusCode(400);
        Api.json().queryParam("count", "PERSONS").queryParam("status", "IMPRISONED").get("/api/v1/stats").then().statusCode(200);
    }
}
