package org.rightsregistry.sentence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class SentenceResourceTest {

    @Test
    void shouldCreateASentenceWithTwoComponentsAndComputeItsEnd() {
        String[] party = aPartyOfACase();
        String chargeId = aCharge(party[0], party[1]).create();
        Map<String, Object> prison = new LinkedHashMap<>(imprisonment(72));
        prison.put("regime", "MEDIUM");
        prison.put("suspended", false);
        Map<String, Object> ban = Map.of("type", "ACTIVITY_BAN", "termMonths", 60,
                "banScope", "engaging in public and political activities");
        Map<String, Object> fine = Map.of("type", "FINE", "amount", 1500000, "currency", "KZT");
        var response = aSentence(party[0], party[1])
                .withList("chargeIds", chargeId)
                .with("court", "Almaty City Court")
                .with("instance", "FIRST_INSTANCE")
                .with("decidedOn", "2021-09-14")
                .with("verdict", "GUILTY")
                .withList("components", prison, ban, fine)
                .with("status", "IN_FORCE")
                .with("startsOn", "2021-03-15")
                .post();
        String id = response.then().statusCode(201).extract().path("id");
        response.then()
                .header("Location", endsWith("/api/v1/sentences/" + id))
                .body("chargeIds", contains(chargeId))
                .body("court", is("Almaty City Court"))
                .body("instance", is("FIRST_INSTANCE"))
                .body("decidedOn", is("2021-09-14"))
                .body("verdict", is("GUILTY"))
                .body("components", hasSize(3))
                .body("components[0].type", is("IMPRISONMENT"))
                .body("components[0].termMonths", is(72))
                .body("components[0].regime", is("MEDIUM"))
                .body("components[0].suspended", is(false))
                .body("components[1].banScope", is("engaging in public and political activities"))
                .body("components[2].amount", is(1500000.00f))
                .body("components[2].currency", is("KZT"))
                .body("status", is("IN_FORCE"))
                .body("startsOn", is("2021-03-15"))
                .body("expectedEndOn", is("2027-03-15"));
    }

    @Test
    void shouldComputeTheEndAtThePrecisionOfTheStart() {
        String[] party = aPartyOfACase();
        Map<String, String> expected = Map.of("2020-11", "2024-11", "2020", "2024", "2020~", "2024~");
        expected.forEach((start, end) -> aSentence(party[0], party[1]).with("verdict", "GUILTY")
                .withList("components", imprisonment(48), Map.of("type", "IMPRISONMENT", "termMonths", 12, "suspended", true))
                .with("startsOn", start).post().then().statusCode(201).body("expectedEndOn", is(end)));
        aSentence(party[0], party[1]).withList("components", imprisonment(18)).with("startsOn", "2020").post().then()
                .statusCode(201).body("expectedEndOn", is("2021~"));
        aSentence(party[0], party[1]).withList("components", imprisonment(18), Map.of("type", "LIFE_IMPRISONMENT"))
                .with("startsOn", "2020").post().then().statusCode(201).body("expectedEndOn", nullValue());
        aSentence(party[0], party[1]).withList("components", Map.of("type", "FINE", "amount", 100, "currency", "MRP"))
                .with("startsOn", "2020").post().then().statusCode(201).body("expectedEndOn", nullValue());
    }

    @Test
    void shouldIgnoreAnExpectedEndSentByTheCaller() {
        String[] party = aPartyOfACase();
        aSentence(party[0], party[1]).withList("components", imprisonment(12)).with("startsOn", "2020-01-10")
                .with("expectedEndOn", "2099").post().then().statusCode(201).body("expectedEndOn", is("2021-01-10"));
    }

    @Test
    void shouldRequireAPenaltyForAGuiltyVerdict() {
        String[] party = aPartyOfACase();
        aSentence(party[0], party[1]).with("verdict", "GUILTY").post().then().statusCode(422)
                .body("type", is("/problems/domain-rule")).body("errors[0].field", is("components"));
        aSentence(party[0], party[1]).with("verdict", "NOT_GUILTY").post().then().statusCode(201);
    }

    @Test
    void shouldRefuseASentenceOfAPersonWhoIsNotAParty() {
        String caseId = aCase().create();
        aSentence(caseId, aPerson().create()).post().then().statusCode(422).body("errors[0].field", is("personId"));
    }

    @Test
    void shouldRefuseChargesOfAnotherCaseOrPerson() {
        String[] party = aPartyOfACase();
        String[] elsewhere = aPartyOfACase();
        String foreignCharge = aCharge(elsewhere[0], elsewhere[1]).create();
        aSentence(party[0], party[1]).withList("chargeIds", foreignCharge).post().then().statusCode(422)
                .body("errors[0].field", is("chargeIds"));
        String codefendant = aPerson().create();
        addParty(party[0], codefendant, "DEFENDANT");
        String codefendantsCharge = aCharge(party[0], codefendant).create();
        aSentence(party[0], party[1]).withList("chargeIds", codefendantsCharge).post().then().statusCode(422);
        aSentence(party[0], party[1]).withList("chargeIds", UUID.randomUUID().toString()).post().then().statusCode(422);
    }

    @Test
    void shouldValidateComponents() {
        String[] party = aPartyOfACase();
        aSentence(party[0], party[1]).withList("components", Map.of("termMonths", 12)).post().then().statusCode(400)
                .body("errors[0].field", is("components[0].type"));
        aSentence(party[0], party[1]).withList("components", Map.of("type", "FINE", "regime", "MEDIUM", "amount", 1, "currency", "KZT"))
                .post().then().statusCode(400).body("errors[0].field", is("components[0].regime"));
        aSentence(party[0], party[1]).withList("components", Map.of("type", "FINE", "amount", 1)).post().then().statusCode(400)
                .body("errors[0].field", is("components[0].currency"));
        aSentence(party[0], party[1]).withList("components", Map.of("type", "FINE", "amount", 1, "currency", "KZ")).post().then()
                .statusCode(400).body("errors[0].field", is("components[0].currency"));
        aSentence(party[0], party[1]).withList("components", Map.of("type", "FINE", "amount", 1.001, "currency", "KZT")).post().then()
                .statusCode(400).body("errors[0].field", is("components[0].amount"));
        aSentence(party[0], party[1]).withList("components", imprisonment(-3)).post().then().statusCode(400)
                .body("errors[0].field", is("components[0].termMonths"));
        aSentence(party[0], party[1]).withList("components", Map.of("type", "IMPRISONMENT", "termMonths", 12, "probationMonths", 6))
                .post().then().statusCode(400).body("errors[0].field", is("components[0].probationMonths"));
        aSentence(party[0], party[1]).without("decidedOn").post().then().statusCode(400).body("errors[0].field", is("decidedOn"));
    }

    @Test
    void shouldFilterSentencesByStatusAndVerdict() {
        String[] party = aPartyOfACase();
        String guilty = aSentence(party[0], party[1]).with("verdict", "GUILTY").with("status", "IN_FORCE")
                .withList("components", imprisonment(24)).create();
        String acquitted = aSentence(party[0], party[1]).with("verdict", "NOT_GUILTY").with("status", "IN_FORCE").create();
        Api.json().queryParam("caseId", party[0]).queryParam("verdict", "GUILTY").get("/api/v1/sentences").then()
                .statusCode(200).body("total", is(1)).body("items[0].id", is(guilty));
        Api.json().queryParam("personId", party[1]).queryParam("status", "IN_FORCE").get("/api/v1/sentences").then()
                .body("total", is(2)).body("items.id", contains(guilty, acquitted));
        Api.json().queryParam("verdict", "guilty").get("/api/v1/sentences").then().statusCode(400).body("errors[0].field", is("verdict"));
    }

    @Test
    void shouldRefuseToDeleteASentenceThatIsAppealed() {
        String[] party = aPartyOfACase();
        String sentenceId = aSentence(party[0], party[1]).create();
        String appealId = org.rightsregistry.support.Fixtures.anAppeal(sentenceId).create();
        Api.json().delete("/api/v1/sentences/" + sentenceId).then().statusCode(409)
                .body("dependents[0].type", is("appeals")).body("dependents[0].id", is(appealId));
        Api.json().delete("/api/v1/appeals/" + appealId).then().statusCode(204);
        Api.json().delete("/api/v1/sentences/" + sentenceId).then().statusCode(204);
    }
}
