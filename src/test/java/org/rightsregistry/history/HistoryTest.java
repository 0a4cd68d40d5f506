package org.rightsregistry.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aPartyOfACase;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class HistoryTest {

    @Test
    void shouldRecordCreateUpdatePatchAndDeleteWithPatchesActorAndReason() throws Exception {
        String id = aPerson().with("status", "AT_LIBERTY").with("region", "Almaty").create();
        Api.json().header("X-Change-Reason", "Court record received").body(Map.of("fullName", "Aigerim Zhaksylykova",
                "status", "PRE_TRIAL_DETENTION", "region", "Almaty")).put("/api/v1/persons/" + id).then().statusCode(200);
        Api.mergePatch().body("{\"region\":null,\"roles\":[\"BLOGGER\"]}").patch("/api/v1/persons/" + id).then().statusCode(200);
        Api.json().header("X-Change-Reason", "Duplicate of another record").delete("/api/v1/persons/" + id).then().statusCode(204);

        JsonPath history = Api.json().get("/api/v1/persons/" + id + "/history").then().statusCode(200)
                .body("total", is(4))
                .body("items.version", contains(1, 2, 3, 4))
                .body("items.operation", contains("CREATE", "UPDATE", "UPDATE", "DELETE"))
                .body("items.actor", contains("admin", "admin", "admin", "admin"))
                .body("items.reason", contains(null, "Court record received", null, "Duplicate of another record"))
                .extract().jsonPath();
        assertThat(history.getList("items[1].patch", Map.class)).containsExactly(
                Map.of("op", "replace", "path", "/status", "value", "PRE_TRIAL_DETENTION"));
        assertThat(history.getList("items[2].patch", Map.class)).containsExactly(
                Map.of("op", "remove", "path", "/region"),
                Map.of("op", "replace", "path", "/roles", "value", List.of("BLOGGER")));
        assertThat(history.getList("items[0].patch", Map.class))
                .contains(Map.of("op", "add", "path", "/fullName", "value", "Aigerim Zhaksylykova"));
        assertThat(history.getList("items[3].patch.op", String.class)).containsOnly("remove");
    }

    @Test
    void shouldReplayTheHistoryToTheCurrentState() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String id = aPerson().withList("citizenships", "KZ").create();
        Api.mergePatch().body("{\"citizenships\":[\"KZ\",\"BE\"],\"status\":\"IN_EXILE\"}").patch("/api/v1/persons/" + id);
        Api.mergePatch().body("{\"names\":[{\"name\":\"Айгерім Жақсылықова\",\"script\":\"Cyrl\"}]}").patch("/api/v1/persons/" + id);
        JsonNode state = json.createObjectNode();
        for (JsonNode revision : json.readTree(Api.json().get("/api/v1/persons/" + id + "/history").asString()).get("items")) {
            state = JsonDiff.apply(state, revision.get("patch"));
        }
        JsonNode current = json.readTree(Api.json().get("/api/v1/persons/" + id).asString());
        assertThat(state.get("citizenships")).isEqualTo(current.get("citizenships"));
        assertThat(state.get("names").get(0).get("name")).isEqualTo(current.get("names").get(0).get("name"));
        assertThat(state.get("names").get(0).get("name").asText()).isEqualTo("Айгерім Жақсылықова");
        assertThat(state.get("status").asText()).isEqualTo("IN_EXILE");
        assertThat(state.get("fullName")).isEqualTo(current.get("fullName"));
    }

    @Test
    void shouldWriteNoRevisionForARefusedOrEmptyChange() {
        String id = aPerson().create();
        Api.mergePatch().body("{\"birthDate\":\"someday\"}").patch("/api/v1/persons/" + id).then().statusCode(400);
        Api.mergePatch().header("If-Match", "\"5\"").body("{\"region\":\"Aktau\"}").patch("/api/v1/persons/" + id).then().statusCode(412);
        Api.mergePatch().body("{\"status\":\"IMPRISONED\",\"deathCircumstance\":\"OTHER\"}").patch("/api/v1/persons/" + id)
                .then().statusCode(422);
        Api.mergePatch().body("{}").patch("/api/v1/persons/" + id).then().statusCode(200).body("version", is(1));
        Api.json().get("/api/v1/persons/" + id + "/history").then().body("total", is(1));
        Api.json().get("/api/v1/persons/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldKeepPartyChangesInTheCaseHistory() {
        String caseId = aCase().create();
        String personId = aPerson().create();
        addParty(caseId, personId, "SUSPECT");
        Api.mergePatch().body("{\"role\":\"DEFENDANT\"}").patch("/api/v1/cases/" + caseId + "/parties/" + personId).then()
                .statusCode(200);
        Api.json().get("/api/v1/cases/" + caseId).then().body("version", is(3));
        JsonPath history = Api.json().get("/api/v1/cases/" + caseId + "/history").then().statusCode(200)
                .body("items.version", contains(1, 2, 3)).extract().jsonPath();
        assertThat(history.getList("items[1].patch.path", String.class)).containsExactly("/parties");
        assertThat(history.getList("items[1].patch[0].value.personId", String.class)).containsExactly(personId);
        assertThat(history.getList("items[1].patch[0].value.role", String.class)).containsExactly("SUSPECT");
        assertThat(history.getList("items[2].patch.path", String.class)).containsExactly("/parties");
        assertThat(history.getList("items[2].patch[0].value.role", String.class)).containsExactly("DEFENDANT");
    }

    @Test
    void shouldRecordTheSentenceAnAppealChanged() {
        String[] party = aPartyOfACase();
        String original = aSentence(party[0], party[1]).with("status", "IN_FORCE").with("verdict", "GUILTY")
                .withList("components", imprisonment(72)).create();
        String reduced = aSentence(party[0], party[1]).withList("components", imprisonment(48)).create();
        anAppeal(original).with("status", "DECIDED").with("outcome", "REDUCED").with("resultingSentenceId", reduced).post()
                .then().statusCode(201);
        Api.json().get("/api/v1/sentences/" + original + "/history").then()
                .body("items.version", contains(1, 2))
                .body("items[1].patch", hasItem(Map.of("op", "replace", "path", "/status", "value", "MODIFIED_ON_APPEAL")));
    }

    @Test
    void shouldPageHistoryAndRejectBadReasons() {
        String id = aPerson().create();
        for (int i = 0; i < 4; i++) {
            Api.mergePatch().body("{\"region\":\"R" + i + "\"}").patch("/api/v1/persons/" + id).then().statusCode(200);
        }
        String next = Api.json().queryParam("limit", 2).get("/api/v1/persons/" + id + "/history").then()
                .body("items.version", contains(1, 2)).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract().path("nextCursor");
        Api.json().queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/persons/" + id + "/history").then()
                .body("items.version", contains(3, 4));
        Api.json().queryParam("cursor", "nope").get("/api/v1/persons/" + id + "/history").then().statusCode(400)
                .body("errors[0].field", is("cursor"));
        Api.mergePatch().header("X-Change-Reason", "x".repeat(501)).body("{\"region\":\"Z\"}").patch("/api/v1/persons/" + id)
                .then().statusCode(400).body("errors[0].field", is("X-Change-Reason"));
        Api.json().get("/api/v1/persons/" + id).then().body("region", is("R3"));
        Api.json().get("/api/v1/persons/" + id + "/history").then().body("items[0].reason", nullValue());
    }
}
