package org.rightsregistry.charge;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class ChargeResourceTest {

    @Test
    void shouldCreateAChargeWithEveryField() {
        String[] party = aPartyOfACase();
        var response = aCharge(party[0], party[1])
                .with("law", "KZ-CC-2014")
                .with("article", "405(2)")
                .with("articleText", "ч.2 ст.405 УК РК")
                .with("description", "reposted a video of a banned movement")
                .with("filedOn", "2021-03-15")
                .with("status", "INDICTED")
                .with("penaltyRiskedMonths", Map.of("min", 120, "max", 204))
                .post();
        String id = response.then().statusCode(201).extract().path("id");
        response.then()
                .header("Location", endsWith("/api/v1/charges/" + id))
                .header("ETag", "\"1\"")
                .body("caseId", is(party[0]))
                .body("personId", is(party[1]))
                .body("law", is("KZ-CC-2014"))
                .body("article", is("405(2)"))
                .body("articleText", is("ч.2 ст.405 УК РК"))
                .body("description", is("reposted a video of a banned movement"))
                .body("filedOn", is("2021-03-15"))
                .body("status", is("INDICTED"))
                .body("penaltyRiskedMonths.min", is(120))
                .body("penaltyRiskedMonths.max", is(204));
        Api.json().get("/api/v1/charges/" + id).then().statusCode(200).body("article", is("405(2)"));
    }

    @Test
    void shouldRefuseAChargeAgainstAPersonWhoIsNotAPartyOfTheCase() {
        String caseId = aCase().create();
        String stranger = aPerson().create();
        aCharge(caseId, stranger).post().then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/domain-rule"))
                .body("errors[0].field", is("personId"));
    }

    @Test
    void shouldRefuseAChargeInAnUnknownCaseOrOfAnUnknownPerson() {
        String[] party = aPartyOfACase();
        aCharge(UUID.randomUUID().toString(), party[1]).post().then().statusCode(422).body("errors[0].field", is("caseId"));
        aCharge(party[0], UUID.randomUUID().toString()).post().then().statusCode(422).body("errors[0].field", is("personId"));
        aCharge(party[0], "not-a-uuid").post().then().statusCode(400).body("errors[0].field", is("personId"))
                .body("errors[0].message", is("must be a UUID"));
    }

    @Test
    void shouldValidateTheCharge() {
        String[] party = aPartyOfACase();
        aCharge(party[0], party[1]).without("law").post().then().statusCode(400).body("errors[0].field", is("law"));
        aCharge(party[0], party[1]).with("penaltyRiskedMonths", Map.of("min", 204, "max", 120)).post().then().statusCode(400)
                .body("errors[0].field", is("penaltyRiskedMonths.max"));
        aCharge(party[0], party[1]).with("penaltyRiskedMonths", Map.of("min", -1)).post().then().statusCode(400)
                .body("errors[0].field", is("penaltyRiskedMonths.min"));
        aCharge(party[0], party[1]).with("penaltyRiskedMonths", Map.of("min", "ten")).post().then().statusCode(400)
                .body("errors[0].field", is("penaltyRiskedMonths.min"));
        aCharge(party[0], party[1]).with("filedOn", "2021-02-29").post().then().statusCode(400).body("errors[0].field", is("filedOn"));
        aCharge(party[0], party[1]).with("status", "GUILTY").post().then().statusCode(400).body("errors[0].field", is("status"));
    }

    @Test
    void shouldAllowAChargeWhoseArticleTheSourcesDoNotGive() {
        String[] party = aPartyOfACase();
        aCharge(party[0], party[1]).without("article").with("articleText", "participation in \"extremist\" activities")
                .post().then().statusCode(201).body("article", nullValue());
    }

    @Test
    void shouldRefuseToDeleteAChargeThatASentenceDecides() {
        String[] party = aPartyOfACase();
        String chargeId = aCharge(party[0], party[1]).create();
        String sentenceId = aSentence(party[0], party[1]).withList("chargeIds", chargeId).with("verdict", "GUILTY")
                .withList("components", imprisonment(24)).create();
        Api.json().delete("/api/v1/charges/" + chargeId).then()
                .statusCode(409).body("dependents[0].type", is("sentences")).body("dependents[0].id", is(sentenceId));
    }

    @Test
    void shouldRefuseToMoveADecidedChargeToAnotherPerson() {
        String[] party = aPartyOfACase();
        String other = aPerson().create();
        org.rightsregistry.support.Fixtures.addParty(party[0], other, "DEFENDANT");
        String chargeId = aCharge(party[0], party[1]).create();
        aSentence(party[0], party[1]).withList("chargeIds", chargeId).create();
        Api.mergePatch().body("{\"personId\":\"" + other + "\"}").patch("/api/v1/charges/" + chargeId).then().statusCode(422);
        Api.mergePatch().body("{\"status\":\"CONVICTED\"}").patch("/api/v1/charges/" + chargeId).then().statusCode(200)
                .body("status", is("CONVICTED"));
    }

    @Test
    void shouldFilterChargesByCasePersonLawArticleAndStatus() {
        String[] party = aPartyOfACase();
        String a = aCharge(party[0], party[1]).with("article", "405").with("status", "INDICTED").create();
        String b = aCharge(party[0], party[1]).with("article", "174").with("status", "DROPPED").create();
        String c = aCharge(party[0], party[1]).with("law", "KZ-AOC-2014").with("article", "488").create();
        Api.json().queryParam("caseId", party[0]).get("/api/v1/charges").then().statusCode(200)
                .body("total", is(3)).body("items.id", org.hamcrest.Matchers.contains(a, b, c));
        Api.json().queryParam("caseId", party[0]).queryParam("article", "405").queryParam("article", "488")
                .get("/api/v1/charges").then().body("total", is(2)).body("items.id", org.hamcrest.Matchers.contains(a, c));
        Api.json().queryParam("personId", party[1]).queryParam("law", "KZ-CC-2014").queryParam("status", "DROPPED")
                .get("/api/v1/charges").then().body("total", is(1)).body("items[0].id", is(b));
        Api.json().queryParam("caseId", party[0]).queryParam("sort", "-article").get("/api/v1/charges").then()
                .body("items.article", org.hamcrest.Matchers.contains("488", "405", "174"));
        Api.json().queryParam("status", "PENDING").get("/api/v1/charges").then().statusCode(400).body("errors[0].field", is("status"));
        Api.json().queryParam("caseId", "abc").get("/api/v1/charges").then().statusCode(400).body("errors[0].field", is("caseId"));
    }

    @Test
    void shouldFindAChargeUnderTheArticleItHoldsAfterEachChangeOfIt() {
        String[] party = aPartyOfACase();
        String id = aCharge(party[0], party[1]).with("article", "405(2)").create();
        String other = aCharge(party[0], party[1]).with("article", "4052").create();
        assertArticleMatches(party[0], "405", id);
        assertArticleMatches(party[0], "405(2)", id);
        assertArticleMatches(party[0], "405(1)");
        assertArticleMatches(party[0], "4052", other);

        Api.mergePatch().body("{\"article\":\"174\"}").patch("/api/v1/charges/" + id).then().statusCode(200)
                .body("article", is("174"));
        assertArticleMatches(party[0], "405");
        assertArticleMatches(party[0], "174", id);
        assertArticleMatches(party[0], "17");
        Api.json().queryParam("caseId", party[0]).queryParam("article", "174").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is(party[1]));
        Api.json().queryParam("caseId", party[0]).queryParam("article", "405").get("/api/v1/persons").then().statusCode(200)
                .body("total", is(0));

        Api.mergePatch().body("{\"article\":null}").patch("/api/v1/charges/" + id).then().statusCode(200)
                .body("article", nullValue());
        assertArticleMatches(party[0], "174");
    }

    private static void assertArticleMatches(String caseId, String article, String... charges) {
        Api.json().queryParam("caseId", caseId).queryParam("article", article).get("/api/v1/charges").then().statusCode(200)
                .body("total", is(charges.length)).body("items.id", is(List.of(charges)));
    }
}
