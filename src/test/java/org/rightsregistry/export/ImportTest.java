package org.rightsregistry.export;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aToken;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

/** Imports of the dump's NDJSON format through HTTP: reports, atomicity, references in any order, updates, access. */
@QuarkusTest
class ImportTest {

    private static Response post(String body, String query) {
        return Api.plain().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import" + query);
    }

    private static String line(String type, String record) {
        return "{\"type\":\"" + type + "\",\"record\":" + record + "}\n";
    }

    @Test
    void shouldResolveReferencesWhateverTheOrderOfTheLinesAndKeepTheImportAsTheReason() {
        String person = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        String charge = UUID.randomUUID().toString();
        String source = UUID.randomUUID().toString();
        String body = line("charges", "{\"id\":\"" + charge + "\",\"caseId\":\"" + caseId + "\",\"personId\":\"" + person
                + "\",\"law\":\"KZ-CC-2014\",\"article\":\"174\"}")
                + line("parties", "{\"caseId\":\"" + caseId + "\",\"personId\":\"" + person + "\",\"role\":\"DEFENDANT\",\"since\":\"2021-03\"}")
                + line("persons", "{\"id\":\"" + person + "\",\"fullName\":\"Жанар Ахметова\",\"citations\":[{\"sourceId\":\"" + source + "\"}]}")
                + line("cases", "{\"id\":\"" + caseId + "\",\"title\":\"Invented import case\",\"country\":\"KZ\"}")
                + line("sources", "{\"id\":\"" + source + "\",\"title\":\"Invented import source\"}");
        post(body, "").then()
                .statusCode(200)
                .contentType("application/json")
                .body("atomic", is(false)).body("committed", is(true)).body("lines", is(5)).body("created", is(5))
                .body("updated", is(0)).body("unchanged", is(0)).body("rejected", is(0)).body("errors", empty());
        Api.plain().get("/api/v1/charges/" + charge).then().statusCode(200).body("personId", is(person)).body("caseId", is(caseId));
        Api.plain().get("/api/v1/cases/" + caseId + "/parties/" + person).then().statusCode(200).body("since", is("2021-03"));
        Api.plain().get("/api/v1/persons/" + person + "/history").then().body("items[0].reason", is("Import, line 3"));
        // the same file again changes nothing
        post(body, "").then().statusCode(200).body("created", is(0)).body("unchanged", is(5)).body("updated", is(0));
    }

    @Test
    void shouldReportEveryErrorOfEveryRejectedLineAndKeepTheGoodOnes() {
        String good = UUID.randomUUID().toString();
        String body = "{\"export\":{\"schemaVersion\":1}}\n"
                + line("persons", "{\"id\":\"" + good + "\",\"fullName\":\"Invented Good Line\"}")
                + "{not json\n"
                + line("prisoners", "{}")
                + line("persons", "{\"fullName\":\"\",\"birthDate\":\"1984-13-01\"}")
                + line("persons", "{\"fullName\":\"Invented\",\"shoeSize\":44}")
                + line("charges", "{\"caseId\":\"" + UUID.randomUUID() + "\",\"personId\":\"" + good + "\",\"law\":\"X\"}")
                + "\n";
        post(body, "").then()
                .statusCode(200)
                .body("lines", is(6)).body("created", is(1)).body("rejected", is(5))
                .body("errors.line", contains(3, 4, 5, 6, 7))
                .body("errors[0].errors[0].field", is("line"))
                .body("errors[1].type", is("prisoners"))
                .body("errors[1].errors[0].field", is("type"))
                .body("errors[2].errors.field", contains("birthDate", "fullName"))
                .body("errors[3].errors[0].field", is("shoeSize"))
                .body("errors[4].errors[0].field", is("caseId"))
                .body("errors[4].errors[0].message", is("no case with this id"));
        Api.plain().get("/api/v1/persons/" + good).then().statusCode(200);
    }

    @Test
    void shouldImportAllOrNothingWhenAtomic() {
        String first = UUID.randomUUID().toString();
        String body = line("persons", "{\"id\":\"" + first + "\",\"fullName\":\"Invented Atomic One\"}")
                + line("persons", "{\"fullName\":\"  \"}");
        post(body, "?atomic=true").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/domain-rule"))
                .body("status", is(422))
                .body("detail", is("1 of 2 lines were rejected; nothing was imported"))
                .body("errors[0].field", is("line 2: fullName"))
                .body("errors[0].message", is("must not be blank"));
        Api.plain().get("/api/v1/persons/" + first).then().statusCode(404);
        post(line("persons", "{\"id\":\"" + first + "\",\"fullName\":\"Invented Atomic One\"}"), "?atomic=true").then()
                .statusCode(200).body("committed", is(true)).body("created", is(1));
        post("", "?atomic=maybe").then().statusCode(400).body("errors[0].field", is("atomic"));
    }

    @Test
    void shouldUpdateExistingRecordsAndRefuseAStaleVersion() {
        String id = aPerson().create();
        post(line("persons", "{\"id\":\"" + id + "\",\"fullName\":\"Invented Renamed\",\"version\":1}"), "").then()
                .statusCode(200).body("updated", is(1));
        Api.plain().get("/api/v1/persons/" + id).then().body("fullName", is("Invented Renamed")).body("version", is(2));
        post(line("persons", "{\"id\":\"" + id + "\",\"fullName\":\"Invented Stale\",\"version\":1}"), "").then()
                .statusCode(200).body("rejected", is(1)).body("errors[0].id", is(id))
                .body("errors[0].errors[0].message", is("The record has changed: its current version is 2; fetch it again and retry"));
        Api.plain().get("/api/v1/persons/" + id).then().body("fullName", is("Invented Renamed"));
    }

    @Test
    void shouldLetEditorsImportOnlyWhatTheyMaySee() {
        String editor = aToken("editor");
        String viewer = aToken("viewer");
        String hidden = aPerson().with("visibility", "CONFIDENTIAL").create();
        String body = line("persons", "{\"id\":\"" + hidden + "\",\"fullName\":\"Invented Overwrite\"}")
                + line("persons", "{\"fullName\":\"Invented Confidential\",\"visibility\":\"CONFIDENTIAL\"}");
        Api.as(editor).contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then()
                .statusCode(200).body("rejected", is(2))
                .body("errors[0].errors[0].message", is("A person with id " + hidden + " already exists"))
                .body("errors[1].errors[0].message", is("Only admins may mark a record CONFIDENTIAL"));
        Api.plain().get("/api/v1/persons/" + hidden).then().body("fullName", is("Aigerim Zhaksylykova"));
        Api.as(viewer).contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(403);
        RestAssured.given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(401);
    }

    @Test
    void shouldTakeChunkedBodiesForImportsOnly() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String id = UUID.randomUUID().toString();
        byte[] body = line("persons", "{\"id\":\"" + id + "\",\"fullName\":\"Invented Chunked\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/import"))
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/persons"))
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{\"fullName\":\"x\"}".getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(411, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of(true), List.of(refused.body().contains("\"type\":\"/problems/length-required\"")));
    }
}
