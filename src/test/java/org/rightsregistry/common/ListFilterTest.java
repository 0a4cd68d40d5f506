package org.rightsregistry.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.Fixtures;

/** The filters of every list: enums, EDTF ranges, numbers and the cross-record filters; OR within, AND across. */
@QuarkusTest
class ListFilterTest {

    @Test
    void shouldFilterPersonsByTheirOwnFields() {
        String region = Fixtures.unique("region");
        String a = aPerson().with("region", region).with("gender", "FEMALE").with("residenceCountry", "BE").with("birthDate", "1985-04")
                .create();
        String b = aPerson().with("region", region).with("gender", "MALE").with("residenceCountry", "KZ").with("birthDate", "1990~")
                .with("status", "DECEASED").with("deathDate", "2021-02-03").create();
        String c = aPerson().with("region", region).with("gender", "MALE").with("birthDate", "1979").create();
        String case1 = aCase().create();
        for (String p : new String[] {a, b, c}) {
            addParty(case1, p, "DEFENDANT");
        }
        String list = "/api/v1/persons";
        Api.json().queryParam("caseId", case1).queryParam("residenceCountry", "BE").get(list).then().statusCode(200)
                .body("items.id", contains(a));
        Api.json().queryParam("caseId", case1).queryParam("birthFrom", "1985").queryParam("birthTo", "1990").get(list).then()
                .body("items.id", contains(a, b));
        Api.json().queryParam("caseId", case1).queryParam("birthTo", "1985-03").get(list).then().body("items.id", contains(c));
        Api.json().queryParam("caseId", case1).queryParam("deathFrom", "2021-02").queryParam("deathTo", "2021-02-03").get(list).then()
                .body("items.id", contains(b));
        Api.json().queryParam("caseId", case1).queryParam("gender", "MALE").queryParam("birthFrom", "1980").get(list).then()
                .body("items.id", contains(b));
        Api.json().queryParam("birthFrom", "1990-13").get(list).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("birthFrom"));
        Api.json().queryParam("residenceCountry", "Belgium").get(list).then().statusCode(400).body("errors[0].field", is("residenceCountry"));
        Api.json().queryParam("caseId", "not-a-uuid").get(list).then().statusCode(400).body("errors[0].field", is("caseId"));
    }

    @Test
    void shouldFindPersonsChargedUnderALawAndArticleAndSentencedToAtLeastNMonths() {
        String kz = aCase().with("country", "KZ").create();
        String charged405 = aPerson().create();
        String charged4052 = aPerson().create();
        String charged174 = aPerson().create();
        for (String p : new String[] {charged405, charged4052, charged174}) {
            addParty(kz, p, "ACCUSED");
        }
        aCharge(kz, charged405).with("article", "405").with("status", "INDICTED").create();
        aCharge(kz, charged4052).with("article", "405(2)").with("status", "CONVICTED").create();
        aCharge(kz, charged174).with("article", "174").create();
        aCharge(kz, charged174).with("law", "KZ-AOC-2014").with("article", "405").create();
        aSentence(kz, charged4052).with("verdict", "GUILTY").withList("components", imprisonment(84)).create();
        aSentence(kz, charged174).with("verdict", "GUILTY").withList("components", imprisonment(24)).create();

        String list = "/api/v1/persons";
        Api.json().queryParam("caseId", kz).queryParam("law", "KZ-CC-2014").queryParam("article", "405").get(list).then()
                .statusCode(200).body("total", is(2)).body("items.id", contains(charged405, charged4052));
        Api.json().queryParam("caseId", kz).queryParam("law", "KZ-CC-2014").queryParam("article", "405(2)").get(list).then()
                .body("items.id", contains(charged4052));
        Api.json().queryParam("caseId", kz).queryParam("article", "405").queryParam("chargeStatus", "INDICTED").get(list).then()
                .body("items.id", contains(charged405));
        Api.json().queryParam("caseId", kz).queryParam("minTermMonths", "60").get(list).then().body("items.id", contains(charged4052));
        Api.json().queryParam("caseId", kz).queryParam("minTermMonths", "12").queryParam("maxTermMonths", "36").get(list).then()
                .body("items.id", contains(charged174));
        Api.json().queryParam("caseId", kz).queryParam("minTermMonths", "12").get(list).then().body("total", is(2));
        Api.json().queryParam("caseId", kz).queryParam("country", "KZ").queryParam("article", "174").get(list).then()
                .body("items.id", contains(charged174));
        Api.json().queryParam("caseId", kz).queryParam("country", "UZ").get(list).then().body("total", is(0));
        Api.json().queryParam("minTermMonths", "-1").get(list).then().statusCode(400).body("errors[0].field", is("minTermMonths"));
        Api.json().queryParam("maxTermMonths", "ten").get(list).then().statusCode(400).body("errors[0].field", is("maxTermMonths"));
        Api.json().queryParam("chargeStatus", "CHARGED").get(list).then().statusCode(400).body("errors[0].field", is("chargeStatus"));
        Api.json().queryParam("article", "4%").queryParam("caseId", kz).get(list).then().statusCode(200).body("total", is(0));
    }

    @Test
    void shouldFilterCasesByPersonThemeCountryAndPeriod() {
        String person = aPerson().create();
        String early = aCase().with("country", "KZ").withList("themes", "ASSEMBLY").with("openedOn", "2019-06").with("kind", "CRIMINAL")
                .create();
        String inPeriod = aCase().with("country", "KZ").withList("themes", "ASSEMBLY", "EXPRESSION").with("openedOn", "2020-11~")
                .with("stage", "TRIAL").with("closedOn", "2022").create();
        String elsewhere = aCase().with("country", "KG").withList("themes", "ASSEMBLY").with("openedOn", "2020").create();
        for (String c : new String[] {early, inPeriod, elsewhere}) {
            addParty(c, person, "DEFENDANT");
        }
        aCharge(inPeriod, person).with("article", "405(1)").create();
        String list = "/api/v1/cases";
        Api.json().queryParam("personId", person).get(list).then().statusCode(200).body("total", is(3));
        Api.json().queryParam("personId", person).queryParam("theme", "ASSEMBLY").queryParam("country", "KZ")
                .queryParam("openedFrom", "2020").queryParam("openedTo", "2021").get(list).then().body("items.id", contains(inPeriod));
        Api.json().queryParam("personId", person).queryParam("country", "KZ").queryParam("country", "KG").queryParam("openedTo", "2019")
                .get(list).then().body("items.id", contains(early));
        Api.json().queryParam("personId", person).queryParam("closedFrom", "2022-01").get(list).then().body("items.id", contains(inPeriod));
        Api.json().queryParam("personId", person).queryParam("article", "405").get(list).then().body("items.id", contains(inPeriod));
        Api.json().queryParam("personId", person).queryParam("kind", "CRIMINAL").get(list).then().body("items.id", contains(early));
        Api.json().queryParam("openedFrom", "soon").get(list).then().statusCode(400).body("errors[0].field", is("openedFrom"));
        Api.json().queryParam("personId", "x").get(list).then().statusCode(400).body("errors[0].field", is("personId"));
    }

    @Test
    void shouldFilterChargesSentencesAndAppealsByDatesNumbersAndEnums() {
        String person = aPerson().create();
        String kz = aCase().with("country", "KZ").create();
        addParty(kz, person, "DEFENDANT");
        String c1 = aCharge(kz, person).with("filedOn", "2020-03").create();
        String c2 = aCharge(kz, person).with("filedOn", "2021-07-01").create();
        Api.json().queryParam("personId", person).queryParam("filedFrom", "2021").get("/api/v1/charges").then().statusCode(200)
                .body("items.id", contains(c2));
        Api.json().queryParam("personId", person).queryParam("filedTo", "2020").queryParam("country", "KZ").get("/api/v1/charges").then()
                .body("items.id", contains(c1));

        Map<String, Object> fine = Map.of("type", "FINE", "amount", 500, "currency", "MRP");
        String s1 = aSentence(kz, person).with("decidedOn", "2021-09-14").with("verdict", "GUILTY")
                .withList("components", imprisonment(72), Map.of("type", "ACTIVITY_BAN", "termMonths", 60)).with("status", "MODIFIED_ON_APPEAL")
                .create();
        String s2 = aSentence(kz, person).with("decidedOn", "2021-12-07").with("verdict", "GUILTY").withList("components", fine)
                .with("status", "IN_FORCE").create();
        String sentences = "/api/v1/sentences";
        Api.json().queryParam("personId", person).queryParam("componentType", "FINE").get(sentences).then().body("items.id", contains(s2));
        Api.json().queryParam("personId", person).queryParam("componentType", "FINE").queryParam("componentType", "IMPRISONMENT")
                .get(sentences).then().body("items.id", contains(s1, s2));
        Api.json().queryParam("personId", person).queryParam("minTermMonths", "72").get(sentences).then().body("items.id", contains(s1));
        Api.json().queryParam("personId", person).queryParam("maxTermMonths", "71").get(sentences).then().body("total", is(0));
        Api.json().queryParam("personId", person).queryParam("decidedFrom", "2021-10").queryParam("decidedTo", "2021").get(sentences)
                .then().body("items.id", contains(s2));
        Api.json().queryParam("personId", person).queryParam("country", "KG").get(sentences).then().body("total", is(0));
        Api.json().queryParam("componentType", "PRISON").get(sentences).then().statusCode(400).body("errors[0].field", is("componentType"));

        String a1 = anAppeal(s1).with("level", "APPEAL").with("filedOn", "2021-10-01").with("decidedOn", "2021-12-07")
                .with("status", "DECIDED").with("outcome", "REDUCED").with("resultingSentenceId", s2).create();
        String a2 = anAppeal(s2).with("level", "INTERNATIONAL_BODY").with("body", "UN WGAD").with("filedOn", "2022-05")
                .with("status", "PENDING").create();
        String appeals = "/api/v1/appeals";
        Api.json().queryParam("personId", person).get(appeals).then().statusCode(200).body("items.id", contains(a1, a2));
        Api.json().queryParam("caseId", kz).queryParam("filedFrom", "2022").get(appeals).then().body("items.id", contains(a2));
        Api.json().queryParam("personId", person).queryParam("decidedFrom", "2021-12").queryParam("decidedTo", "2021-12-31").get(appeals)
                .then().body("items.id", contains(a1));
        Api.json().queryParam("personId", person).queryParam("filedTo", "2021").queryParam("level", "APPEAL").get(appeals).then()
                .body("items.id", contains(a1));
        Api.json().queryParam("personId", person).queryParam("outcome", "REDUCED").queryParam("status", "PENDING").get(appeals).then()
                .body("total", is(0));
        Api.json().queryParam("decidedTo", "2021-02-30").get(appeals).then().statusCode(400).body("errors[0].field", is("decidedTo"));
        Api.json().queryParam("caseId", kz).queryParam("personId", person).queryParam("status", "DECIDED").queryParam("status", "PENDING")
                .get(appeals).then().body("items.id", containsInAnyOrder(a1, a2));
    }
}
