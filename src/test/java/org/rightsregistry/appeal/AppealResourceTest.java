package org.rightsregistry.appeal;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class AppealResourceTest {

    @Test
    void shouldRecordAnAppealThatReducesASentenceWithoutOverwritingIt() {
        String[] party = aPartyOfACase();
        String original = aSentence(party[0], party[1]).with("verdict", "GUILTY").with("status", "IN_FORCE")
                .withList("components", imprisonment(72)).create();
        String reduced = aSentence(party[0], party[1]).with("instance", "APPEAL").with("decidedOn", "2021-12-07")
                .with("verdict", "GUILTY").with("status", "IN_FORCE").withList("components", imprisonment(48)).create();
        var response = anAppeal(original)
                .with("filedBy", "DEFENCE")
                .with("level", "APPEAL")
                .with("body", "Almaty City Court, appellate board")
                .with("filedOn", "2021-10-01")
                .with("decidedOn", "2021-12-07")
                .with("status", "DECIDED")
                .with("outcome", "REDUCED")
                .with("resultingSentenceId", reduced)
                .post();
        String id = response.then().statusCode(201).extract().path("id");
        response.then()
                .header("Location", endsWith("/api/v1/appeals/" + id))
                .body("sentenceId", is(original))
                .body("caseId", is(party[0]))
                .body("personId", is(party[1]))
                .body("filedBy", is("DEFENCE"))
                .body("level", is("APPEAL"))
                .body("body", is("Almaty City Court, appellate board"))
                .body("filedOn", is("2021-10-01"))
                .body("decidedOn", is("2021-12-07"))
                .body("status", is("DECIDED"))
                .body("outcome", is("REDUCED"))
                .body("resultingSentenceId", is(reduced));
        Api.json().get("/api/v1/sentences/" + original).then()
                .body("status", is("MODIFIED_ON_APPEAL")).body("version", is(2))
                .body("components[0].termMonths", is(72));
        Api.json().get("/api/v1/sentences/" + reduced).then().body("status", is("IN_FORCE")).body("version", is(1));
    }

    @Test
    void shouldMarkAnOverturnedSentence() {
        String[] party = aPartyOfACase();
        String original = aSentence(party[0], party[1]).with("status", "IN_FORCE").create();
        anAppeal(original).with("status", "DECIDED").with("outcome", "OVERTURNED_ACQUITTED").post().then().statusCode(201);
        Api.json().get("/api/v1/sentences/" + original).then().body("status", is("OVERTURNED"));
    }

    @Test
    void shouldLeaveAnUpheldSentenceAsItWas() {
        String[] party = aPartyOfACase();
        String original = aSentence(party[0], party[1]).with("status", "IN_FORCE").create();
        anAppeal(original).with("status", "DECIDED").with("outcome", "UPHELD").post().then().statusCode(201);
        Api.json().get("/api/v1/sentences/" + original).then().body("status", is("IN_FORCE")).body("version", is(1));
    }

    @Test
    void shouldRejectAnAppealDecidedBeforeItWasFiled() {
        String[] party = aPartyOfACase();
        String sentence = aSentence(party[0], party[1]).create();
        anAppeal(sentence).with("filedOn", "2021-10-01").with("decidedOn", "2021-09-30").post().then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", is("/problems/domain-rule")).body("errors[0].field", is("decidedOn"));
        anAppeal(sentence).with("filedOn", "2021-10-15").with("decidedOn", "2021-10").post().then().statusCode(201);
    }

    @Test
    void shouldRequireAnOutcomeOnceDecided() {
        String[] party = aPartyOfACase();
        String sentence = aSentence(party[0], party[1]).create();
        anAppeal(sentence).with("status", "DECIDED").post().then().statusCode(422).body("errors[0].field", is("outcome"));
        anAppeal(sentence).with("status", "PENDING").post().then().statusCode(201);
    }

    @Test
    void shouldCheckTheSentencesItNames() {
        String[] party = aPartyOfACase();
        String sentence = aSentence(party[0], party[1]).create();
        String[] other = aPartyOfACase();
        String foreign = aSentence(other[0], other[1]).create();
        anAppeal(UUID.randomUUID().toString()).post().then().statusCode(422).body("errors[0].field", is("sentenceId"));
        anAppeal(sentence).with("resultingSentenceId", foreign).post().then().statusCode(422)
                .body("errors[0].field", is("resultingSentenceId"));
        anAppeal(sentence).with("resultingSentenceId", sentence).post().then().statusCode(422);
        anAppeal(sentence).with("resultingSentenceId", UUID.randomUUID().toString()).post().then().statusCode(422);
        anAppeal(sentence).with("level", "UN").post().then().statusCode(400).body("errors[0].field", is("level"));
        anAppeal(sentence).without("sentenceId").post().then().statusCode(400).body("errors[0].field", is("sentenceId"));
    }

    @Test
    void shouldFilterAppealsAndPatchThem() {
        String[] party = aPartyOfACase();
        String sentence = aSentence(party[0], party[1]).create();
        String pending = anAppeal(sentence).with("status", "PENDING").with("level", "INTERNATIONAL_BODY").with("body", "UN WGAD").create();
        anAppeal(sentence).with("status", "WITHDRAWN").create();
        Api.json().queryParam("sentenceId", sentence).queryParam("status", "PENDING").get("/api/v1/appeals").then()
                .statusCode(200).body("total", is(1)).body("items[0].id", is(pending)).body("items[0].caseId", is(party[0]));
        Api.mergePatch().header("If-Match", "\"1\"").body("{\"status\":\"DECIDED\",\"outcome\":\"VIEWS_ADOPTED\",\"decidedOn\":\"2022\"}")
                .patch("/api/v1/appeals/" + pending).then().statusCode(200).body("outcome", is("VIEWS_ADOPTED")).body("version", is(2));
        Api.json().queryParam("sentenceId", sentence).queryParam("outcome", "VIEWS_ADOPTED").get("/api/v1/appeals").then()
                .body("total", is(1));
        Api.json().queryParam("sentenceId", sentence).queryParam("level", "INTERNATIONAL_BODY").get("/api/v1/appeals").then()
                .body("total", is(1));
    }
}
