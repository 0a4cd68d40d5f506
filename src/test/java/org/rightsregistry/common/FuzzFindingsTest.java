package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aPerson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.Fixtures;

/** What the contract fuzz test (ContractFuzzTest) found, each pinned down so that it stays fixed. */
@QuarkusTest
class FuzzFindingsTest {

    private long personCount() {
        return ((Number) Api.json().queryParam("limit", 1).get("/api/v1/persons").path("total")).longValue();
    }

    private static byte[] withBytes(String json, String marker, byte... bytes) {
        String[] parts = json.split(marker, -1);
        byte[] head = parts[0].getBytes(StandardCharsets.UTF_8);
        byte[] tail = parts[1].getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bytes, 0, out, head.length, bytes.length);
        System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
        return out;
    }

    @Test
    void shouldRefuseAnOverlongUtf8SlashInACreateAndInAMergePatch() {
        long before = personCount();
        byte[] create = withBytes("{\"fullName\":\"Dana\",\"region\":\"a@b\"}", "@", (byte) 0xC0, (byte) 0xAF);
        Api.plain().contentType("application/json").body(create).post("/api/v1/persons").then()
                .statusCode(400).contentType("application/problem+json").body("type", is("/problems/malformed-json"));
        assertThat(personCount()).isEqualTo(before);

        String id = aPerson().create();
        byte[] patch = withBytes("{\"region\":\"a@b\"}", "@", (byte) 0xC0, (byte) 0xAF);
        Api.plain().contentType("application/merge-patch+json").body(patch).patch("/api/v1/persons/" + id).then()
                .statusCode(400).body("type", is("/problems/malformed-json"));
        Api.json().get("/api/v1/persons/" + id).then().statusCode(200).body("version", is(1)).body("region", is((Object) null));
    }

    @Test
    void shouldRefuseQueryParameterNamesThatDifferOnlyInCase() {
        Api.json().queryParam("Sort", "fullName").get("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("Sort"));
    }

    @Test
    void shouldRefuseEmptyQueryValuesInsteadOfIgnoringThem() {
        Api.json().queryParam("cursor", "").get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("cursor"));
        Api.json().queryParam("sentenceId", "").get("/api/v1/appeals").then().statusCode(400).body("errors[0].field", is("sentenceId"));
    }

    @Test
    void shouldRefuseALimitWrittenWithNonAsciiDigits() {
        Api.json().queryParam("limit", "\u0663").get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("limit"));
    }

    @Test
    void shouldRefuseQueryValuesThatAreNotUtf8() {
        Api.json().urlEncodingEnabled(false).get("/api/v1/charges?law=%C0%AF").then().statusCode(400).body("errors[0].field", is("query"));
    }

    @Test
    void shouldRefuseAnEmptyStringForAnIdOrAnEnumInsteadOfReadingItAsAbsent() {
        String[] party = Fixtures.aPartyOfACase();
        String sentence = Fixtures.aSentence(party[0], party[1]).create();
        Fixtures.anAppeal(sentence).with("resultingSentenceId", "").post().then()
                .statusCode(400).body("errors[0].field", is("resultingSentenceId"));
        aPerson().with("gender", "").post().then().statusCode(400).body("errors[0].field", is("gender"));
    }

    @Test
    void shouldDocumentWhatTheSharedInfrastructureAnswersAndWhatACreateReturns() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(Files.readAllBytes(Path.of("openapi/openapi.json")));
        JsonNode get = doc.path("paths").path("/api/v1/persons/{id}").path("get").path("responses");
        assertThat(get.has("400")).as("an unknown query parameter is a 400 everywhere").isTrue();
        assertThat(get.has("406")).isTrue();
        assertThat(get.has("503")).isTrue();
        assertThat(doc.path("components").path("responses").path("ServiceUnavailable").path("headers").has("Retry-After")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/persons").path("post").path("responses").path("201")
                .path("content").path("application/json").path("schema").path("$ref").asText()).isEqualTo("#/components/schemas/Person");
        assertThat(doc.path("components").path("schemas").path("SentenceComponent").path("properties").path("regime").path("type").toString())
                .contains("null");
        assertThat(doc.path("components").path("schemas").path("CaseNumber").path("properties").path("authority").path("type").toString())
                .contains("null");
    }

    @Test
    void shouldAnswer406ForAnAcceptThatJsonDoesNotSatisfyOnARecord() {
        Api.plain().accept("application/xml").get("/api/v1/persons/" + aPerson().create()).then()
                .statusCode(406).contentType("application/problem+json").body("type", is("/problems/not-acceptable"));
    }
}
