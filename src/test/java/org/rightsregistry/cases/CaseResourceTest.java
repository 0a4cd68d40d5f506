package org.rightsregistry.cases;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.addParty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class CaseResourceTest {

    @Test
    void shouldCreateACaseWithEveryFieldAndReadItBack() {
        var response = aCase()
                .with("title", "Prosecution of invented bloggers (Almaty)")
                .withList("caseNumbers",
                        Map.of("number", "217500031000123", "kind", "INVESTIGATION", "authority", "Almaty police department"),
                        Map.of("number", "1-456/2021", "kind", "FIRST_INSTANCE", "authority", "Almaty City Court"))
                .with("country", "KZ")
                .with("kind", "CRIMINAL")
                .with("stage", "TRIAL")
                .withList("themes", "EXPRESSION", "ASSOCIATION")
                .with("openedOn", "2021-03")
                .with("closedOn", "2022")
                .with("summary", "Invented case.")
                .with("visibility", "RESTRICTED")
                .post();
        String id = response.then().statusCode(201).extract().path("id");
        response.then()
                .header("Location", endsWith("/api/v1/cases/" + id))
                .header("ETag", "\"1\"")
                .body("caseNumbers", hasSize(2))
                .body("caseNumbers[1].number", is("1-456/2021"))
                .body("caseNumbers[1].kind", is("FIRST_INSTANCE"))
                .body("caseNumbers[1].authority", is("Almaty City Court"))
                .body("themes", contains("EXPRESSION", "ASSOCIATION"))
                .body("openedOn", is("2021-03"))
                .body("closedOn", is("2022"))
                .body("visibility", is("RESTRICTED"))
                .body("parties", hasSize(0));
        Api.json().get("/api/v1/cases/" + id).then().statusCode(200)
                .body("title", is("Prosecution of invented bloggers (Almaty)"))
                .body("country", is("KZ"))
                .body("kind", is("CRIMINAL"))
                .body("stage", is("TRIAL"));
    }

    @Test
    void shouldRequireATitleAndAValidCountry() {
        aCase().without("title").post().then().statusCode(400).body("errors[0].field", is("title"));
        aCase().without("country").post().then().statusCode(400).body("errors[0].field", is("country"));
        aCase().with("country", "XX").post().then().statusCode(400).body("errors[0].field", is("country"));
        aCase().with("stage", "OPEN").post().then().statusCode(400).body("errors[0].field", is("stage"));
        aCase().withList("caseNumbers", Map.of("kind", "APPEAL")).post().then().statusCode(400)
                .body("errors[0].field", is("caseNumbers[0].number"));
    }

    @Test
    void shouldRejectACaseClosedBeforeItOpened() {
        aCase().with("openedOn", "2021-03").with("closedOn", "2020").post().then().statusCode(422)
                .body("errors[0].field", is("closedOn"));
    }

    @Test
    void shouldManagePartiesAsASubCollection() {
        String caseId = aCase().create();
        String personId = aPerson().with("fullName", "Yerlan Tulegenov").create();
        var added = Api.json().body(Map.of("personId", personId, "role", "SUSPECT", "since", "2021-03-15"))
                .post("/api/v1/cases/" + caseId + "/parties");
        added.then().statusCode(201)
                .header("Location", endsWith("/api/v1/cases/" + caseId + "/parties/" + personId))
                .header("ETag", "\"1\"")
                .body("caseId", is(caseId))
                .body("personId", is(personId))
                .body("fullName", is("Yerlan Tulegenov"))
                .body("role", is("SUSPECT"))
                .body("since", is("2021-03-15"))
                .body("version", is(1));

        Api.json().get("/api/v1/cases/" + caseId + "/parties/" + personId).then().statusCode(200).body("role", is("SUSPECT"));
        Api.json().get("/api/v1/cases/" + caseId).then()
                .body("parties", hasSize(1))
                .body("parties[0].personId", is(personId))
                .body("parties[0].fullName", is("Yerlan Tulegenov"))
                .body("parties[0].role", is("SUSPECT"));

        Api.json().header("If-Match", "\"1\"").body(Map.of("role", "DEFENDANT", "since", "2021-06"))
                .put("/api/v1/cases/" + caseId + "/parties/" + personId).then()
                .statusCode(200).header("ETag", "\"2\"").body("role", is("DEFENDANT")).body("since", is("2021-06"));
        Api.mergePatch().header("If-Match", "\"1\"").body("{\"role\":\"CONVICTED\"}")
                .patch("/api/v1/cases/" + caseId + "/parties/" + personId).then().statusCode(412);
        Api.mergePatch().body("{\"role\":\"CONVICTED\",\"since\":null}")
                .patch("/api/v1/cases/" + caseId + "/parties/" + personId).then()
                .statusCode(200).body("role", is("CONVICTED")).body("since", nullValue()).body("version", is(3));

        Api.json().get("/api/v1/cases/" + caseId + "/parties").then().statusCode(200)
                .body("total", is(1)).body("items[0].personId", is(personId)).body("nextCursor", nullValue());

        Api.json().delete("/api/v1/cases/" + caseId + "/parties/" + personId).then().statusCode(204).body(emptyString());
        Api.json().get("/api/v1/cases/" + caseId + "/parties/" + personId).then().statusCode(404);
        Api.json().get("/api/v1/cases/" + caseId).then().body("parties", hasSize(0));
    }

    @Test
    void shouldAllowAPersonOnlyOncePerCase() {
        String caseId = aCase().create();
        String personId = aPerson().create();
        addParty(caseId, personId, "SUSPECT");
        Api.json().body(Map.of("personId", personId, "role", "WITNESS")).post("/api/v1/cases/" + caseId + "/parties").then()
                .statusCode(409).contentType("application/problem+json").body("type", is("/problems/conflict"));
    }

    @Test
    void shouldRefuseAPartyThatIsNotAPerson() {
        String caseId = aCase().create();
        Api.json().body(Map.of("personId", UUID.randomUUID().toString(), "role", "SUSPECT"))
                .post("/api/v1/cases/" + caseId + "/parties").then().statusCode(422).body("errors[0].field", is("personId"));
        Api.json().body(Map.of("role", "SUSPECT")).post("/api/v1/cases/" + caseId + "/parties").then().statusCode(400)
                .body("errors[0].field", is("personId"));
        Api.json().body(Map.of("personId", aPerson().create())).post("/api/v1/cases/" + caseId + "/parties").then().statusCode(400)
                .body("errors[0].field", is("role"));
        Api.json().body(Map.of("personId", aPerson().create(), "role", "SUSPECT"))
                .post("/api/v1/cases/" + UUID.randomUUID() + "/parties").then().statusCode(404);
    }

    @Test
    void shouldRefuseToRemoveAPartyWithChargesAndNameThem() {
        String caseId = aCase().create();
        String personId = aPerson().create();
        addParty(caseId, personId, "ACCUSED");
        String chargeId = aCharge(caseId, personId).create();
        Api.json().delete("/api/v1/cases/" + caseId + "/parties/" + personId).then()
                .statusCode(409)
                .body("dependents[0].type", is("charges"))
                .body("dependents[0].id", is(chargeId));
    }

    @Test
    void shouldDeleteACaseWithItsPartiesButNotWithItsCharges() {
        String caseId = aCase().create();
        String personId = aPerson().create();
        addParty(caseId, personId, "ACCUSED");
        String chargeId = aCharge(caseId, personId).create();
        Api.json().delete("/api/v1/cases/" + caseId).then()
                .statusCode(409)
                .body("type", is("/problems/conflict"))
                .body("dependents", hasSize(1))
                .body("dependents[0].type", is("charges"))
                .body("dependents[0].id", is(chargeId));
        Api.json().delete("/api/v1/charges/" + chargeId).then().statusCode(204);
        Api.json().delete("/api/v1/cases/" + caseId).then().statusCode(204);
        Api.json().get("/api/v1/cases/" + caseId).then().statusCode(404);
        Api.json().delete("/api/v1/persons/" + personId).then().statusCode(204);
    }

    @Test
    void shouldReplaceAndPatchACase() {
        String id = aCase().with("stage", "INVESTIGATION").withList("themes", "EXPRESSION").create();
        Api.json().header("If-Match", "\"1\"")
                .body(Map.of("title", "Renamed invented case", "country", "KG", "themes", List.of("RELIGION")))
                .put("/api/v1/cases/" + id).then()
                .statusCode(200).body("country", is("KG")).body("stage", nullValue()).body("themes", contains("RELIGION"))
                .body("version", is(2));
        Api.mergePatch().body("{\"stage\":\"VERDICT\"}").patch("/api/v1/cases/" + id).then()
                .statusCode(200).body("stage", is("VERDICT")).body("title", is("Renamed invented case")).body("version", is(3));
    }
}
