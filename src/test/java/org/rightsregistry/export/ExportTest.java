package org.rightsregistry.export;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.citation;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.rightsregistry.common.export.Exports;
import org.rightsregistry.support.Api;

/** Exports of lists (CSV, NDJSON), the full dump and the FollowTheMoney export, through HTTP. */
@QuarkusTest
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SessionFactory sessionFactory;

    /** Fixed ids, so the golden files hold them; timestamps are replaced by {@code <time>} before comparing. */
    private static final String CASE = "0c5e7a1e-0000-4000-8000-000000000001";
    private static final String FIRST = "0c5e7a1e-0000-4000-8000-000000000011";
    private static final String SECOND = "0c5e7a1e-0000-4000-8000-000000000012";

    private static boolean created;

    private static synchronized void goldenRecords() {
        if (created) {
            return;
        }
        created = true;
        aCase().with("id", CASE).create();
        aPerson().with("id", FIRST).with("fullName", "Қайрат Клышев").with("birthDate", "1962-05~")
                .withList("names", Map.of("name", "Kairat Klyshev", "lang", "en", "script", "Latn", "kind", "TRANSLITERATION"),
                        Map.of("name", "Кайрат Клышев", "lang", "ru", "script", "Cyrl", "kind", "NATIVE"))
                .withList("citizenships", "KZ", "RU").withList("roles", "BLOGGER", "ACTIVIST")
                .with("summary", "Wrote \"Ақ жол\", then:\nsecond line, with a comma").with("occupation", "=HYPERLINK(\"http://x\")")
                .create();
        aPerson().with("id", SECOND).with("fullName", "+7 777 000 00 00").with("region", "-Almaty").with("summary", "@SUM(A1)")
                .create();
        addParty(CASE, FIRST, "DEFENDANT");
        addParty(CASE, SECOND, "WITNESS");
    }

    private static String normalised(String body) {
        return body.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>");
    }

    /** Compares with src/test/resources/golden; on a difference, the actual output is written to target/golden for review. */
    private static void assertGolden(String name, String actual) throws IOException {
        String expected = golden(name);
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target/golden"));
            Files.writeString(Path.of("target/golden", name), actual);
        }
        assertEquals(expected, actual, name + " differs from the golden file; the output is in target/golden/" + name);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ExportTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldExportAListAsCsvMatchingTheGoldenFile() throws IOException {
        goldenRecords();
        Response csv = Api.plain().queryParam("caseId", CASE).queryParam("format", "csv").get("/api/v1/persons");
        csv.then().statusCode(200)
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"persons.csv\"");
        assertGolden("persons.csv", normalised(csv.asString()));
        // the same through Accept, and with a byte order mark for spreadsheet programs
        String accepted = Api.plain().accept("text/csv").queryParam("caseId", CASE).get("/api/v1/persons").asString();
        assertEquals(csv.asString().replaceAll("\\d{4}-\\d\\d-\\d\\dT[^,]*Z", ""), accepted.replaceAll("\\d{4}-\\d\\d-\\d\\dT[^,]*Z", ""));
        byte[] withBom = Api.plain().queryParam("caseId", CASE).queryParam("format", "csv").queryParam("bom", "true")
                .get("/api/v1/persons").asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(withBom[0], withBom[1], withBom[2]));
    }

    @Test
    void shouldExportAListAsNdjsonMatchingTheGoldenFileAndTheJsonList() throws IOException {
        goldenRecords();
        Response ndjson = Api.plain().accept("application/x-ndjson").queryParam("caseId", CASE).get("/api/v1/persons");
        ndjson.then().statusCode(200).header("Content-Type", "application/x-ndjson; charset=utf-8");
        assertGolden("persons.ndjson", normalised(ndjson.asString()));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.asString().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        JsonNode items = JSON.readTree(Api.plain().queryParam("caseId", CASE).get("/api/v1/persons").asString()).get("items");
        assertEquals(List.of(items.get(0), items.get(1)), lines);
    }

    @Test
    void shouldStreamEveryMatchingRowPastTheBatchSizeInTheListsOrder() {
        String caseId = aCase().create();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            String id = aCharge(caseId, party(caseId, i)).with("law", "BULK-LAW").with("article", "bulk").create();
            ids.add(id);
        }
        String csv = Api.plain().queryParam("caseId", caseId).queryParam("format", "csv").queryParam("sort", "-createdAt")
                .get("/api/v1/charges").then().statusCode(200).extract().asString();
        String[] rows = csv.split("\r\n");
        assertEquals(1 + 1_100, rows.length);
        assertTrue(rows[0].startsWith("id,version,createdAt,updatedAt,visibility,caseId,personId,law,article,"), rows[0]);
        List<String> exported = new ArrayList<>();
        for (int i = 1; i < rows.length; i++) {
            exported.add(rows[i].substring(0, 36));
        }
        List<String> expected = new ArrayList<>(ids);
        java.util.Collections.reverse(expected);
        assertEquals(expected, exported);
    }

    /**
     * An export whose client leaves early stops reading: the HTTP layer takes writes to a closed connection without
     * complaint, and an export that did not notice read its whole list for nobody (at a million persons, minutes of the
     * database for each {@code curl | head}). Both a list's export and the full dump.
     */
    @Test
    void shouldStopReadingWhenTheClientLeaves() throws Exception {
        int count = 10 * Exports.BATCH;
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < count; i++) {
            file.append("{\"type\":\"persons\",\"record\":{\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"fullName\":\"Nauro Quellendrik\",\"residenceCountry\":\"NR\"}}\n");
        }
        Api.plain().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/import")
                .then().statusCode(200).body("created", is(count));

        for (String path : List.of("/api/v1/persons?residenceCountry=NR&format=csv", "/api/v1/export")) {
            sessionFactory.getStatistics().clear();
            String whole = Api.plain().get(path).then().statusCode(200).extract().asString();
            assertTrue(whole.split("\n").length > count, path + " exported " + whole.split("\n").length + " lines");
            long wholeStatements = settledStatements();

            sessionFactory.getStatistics().clear();
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                        + Api.ADMIN_TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] start = socket.getInputStream().readNBytes(1024);
                assertTrue(new String(start, StandardCharsets.UTF_8).startsWith("HTTP/1.1 200 OK"));
            }
            long leftStatements = settledStatements();

            assertTrue(leftStatements * 2 < wholeStatements, path + ": left after its first bytes, it read " + leftStatements
                    + " statements; the whole export " + wholeStatements);
        }
    }

    /** The statements run since the statistics were cleared, once no more are being run. */
    private long settledStatements() throws InterruptedException {
        long last = -1;
        long now = sessionFactory.getStatistics().getPrepareStatementCount();
        for (int i = 0; i < 100 && now != last; i++) {
            Thread.sleep(300);
            last = now;
            now = sessionFactory.getStatistics().getPrepareStatementCount();
        }
        return now;
    }

    private final Map<String, String> persons = new HashMap<>();

    /** A person who is a party of the case: ten charges each. */
    private String party(String caseId, int i) {
        return persons.computeIfAbsent(caseId + "/" + i / 10, k -> {
            String person = aPerson().create();
            addParty(caseId, person, "DEFENDANT");
            return person;
        });
    }

    @Test
    void shouldRefuseExportParametersThatMakeNoSense() {
        Api.plain().queryParam("format", "xlsx").get("/api/v1/persons").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("format"));
        Api.plain().queryParam("format", "ndjson").queryParam("bom", "true").get("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("bom"));
        Api.plain().queryParam("format", "csv").queryParam("limit", "10").get("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("limit"));
        Api.plain().queryParam("format", "csv").queryParam("bom", "yes").get("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("bom"));
    }

    @Test
    void shouldLeaveHiddenRecordsAndFieldsOutOfExports() {
        String hidden = aPerson().with("fullName", "Invented Hidden Exportee").with("visibility", "RESTRICTED").create();
        String open = aPerson().with("fullName", "Invented Open Exportee").with("safetyNotes", "Invented safety note for export")
                .with("birthDate", "1977-08-09").create();
        String csv = Api.anonymous().queryParam("format", "csv").get("/api/v1/persons").then().statusCode(200).extract().asString();
        assertFalse(csv.contains(hidden));
        assertFalse(csv.contains("Invented safety note"));
        assertFalse(csv.contains("1977-08"));
        assertTrue(csv.contains(open));
        String dump = Api.anonymous().accept("application/x-ndjson").get("/api/v1/export").then().statusCode(200).extract().asString();
        assertFalse(dump.contains(hidden));
        assertFalse(dump.contains("Invented safety note"));
        assertTrue(dump.contains(open));
        String ftm = Api.anonymous().accept("application/x-ndjson").get("/api/v1/export/ftm").then().statusCode(200).extract().asString();
        assertFalse(ftm.contains(hidden));
        assertTrue(ftm.contains(open));
    }

    @Test
    void shouldDumpEveryRecordAfterAHeaderThatCountsThem() throws IOException {
        String source = aSource().create();
        String person = aPerson().withList("citations", citation(source, null)).create();
        String caseId = aCase().create();
        addParty(caseId, person, "DEFENDANT");
        String charge = aCharge(caseId, person).create();
        String sentence = aSentence(caseId, person).withList("chargeIds", charge).with("verdict", "GUILTY")
                .withList("components", imprisonment(24)).create();
        anAppeal(sentence).create();
        Response response = Api.plain().get("/api/v1/export");
        response.then().statusCode(200).header("Content-Type", "application/x-ndjson; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"registry.ndjson\"");
        String[] lines = response.asString().split("\n");
        JsonNode header = JSON.readTree(lines[0]).get("export");
        assertEquals(1, header.get("schemaVersion").asInt());
        Map<String, Integer> counted = new HashMap<>();
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            String type = line.get("type").asText();
            counted.merge(type, 1, Integer::sum);
            if (order.isEmpty() || !order.get(order.size() - 1).equals(type)) {
                order.add(type);
            }
            JsonNode record = line.get("record");
            assertFalse(record.has("version") || record.has("createdAt") || record.has("updatedAt") || record.has("parties"), lines[i]);
            // every reference points at a line before it
            for (String ref : List.of("personId", "caseId", "sentenceId")) {
                if (record.hasNonNull(ref)) {
                    assertTrue(seen.contains(record.get(ref).asText()), ref + " before " + lines[i]);
                }
            }
            if (record.has("id")) {
                seen.add(record.get("id").asText());
            }
        }
        for (String type : List.of("sources", "persons", "cases", "charges", "sentences", "appeals")) {
            assertEquals(header.get("counts").get(type).asInt(), counted.getOrDefault(type, 0), type);
        }
        assertTrue(counted.get("parties") >= 1);
        assertTrue(response.asString().contains("{\"type\":\"parties\",\"record\":{\"caseId\":\"" + caseId + "\",\"personId\":\"" + person
                + "\",\"role\":\"DEFENDANT\",\"since\":null}}"));
        assertEquals(List.of("sources", "persons", "cases", "parties", "charges", "sentences", "appeals"),
                order.stream().distinct().toList());
    }

    @Test
    void shouldExportFollowTheMoneyEntitiesValidAgainstThePublishedModel() throws IOException {
        String source = aSource().with("url", "https://example.org/invented").create();
        String person = aPerson().with("birthDate", "1980-03~").with("gender", "FEMALE").withList("citizenships", "KZ")
                .withList("citations", citation(source, null)).create();
        String caseId = aCase().withList("caseNumbers", Map.of("number", "1-456/2021")).with("openedOn", "2021-03").create();
        addParty(caseId, person, "DEFENDANT");
        String charge = aCharge(caseId, person).create();
        String sentence = aSentence(caseId, person).withList("chargeIds", charge).with("verdict", "GUILTY")
                .withList("components", imprisonment(24)).create();
        anAppeal(sentence).with("status", "FILED").create();
        Map<String, JsonNode> model = model();
        String body = Api.plain().get("/api/v1/export/ftm").then().statusCode(200).extract().asString();
        Map<String, JsonNode> entities = new HashMap<>();
        for (String line : body.split("\n")) {
            JsonNode entity = JSON.readTree(line);
            assertTrue(entities.put(entity.get("id").asText(), entity) == null, "one entity per id: " + line);
        }
        Set<String> schemata = new HashSet<>();
        for (JsonNode entity : entities.values()) {
            String schema = entity.get("schema").asText();
            schemata.add(schema);
            assertTrue(model.containsKey(schema), "unknown schema " + schema);
            Map<String, JsonNode> properties = properties(model, schema);
            entity.get("properties").fields().forEachRemaining(p -> {
                assertTrue(properties.containsKey(p.getKey()), schema + " has no property " + p.getKey());
                assertTrue(p.getValue().isArray() && !p.getValue().isEmpty(), "values are lists: " + entity);
                JsonNode definition = properties.get(p.getKey());
                if ("entity".equals(definition.path("type").asText())) {
                    p.getValue().forEach(ref -> assertTrue(entities.containsKey(ref.asText()), "reference to an exported entity: " + entity));
                }
                if ("date".equals(definition.path("type").asText())) {
                    p.getValue().forEach(d -> assertTrue(d.asText().matches("\\d{4}(-\\d\\d(-\\d\\d)?)?"), "an ISO date: " + d));
                }
            });
            for (String required : required(model, schema)) {
                assertTrue(entity.get("properties").has(required), schema + " needs " + required + ": " + entity);
            }
        }
        assertEquals(Set.of("Document", "Person", "CourtCase", "CourtCaseParty", "Note"), schemata);
        JsonNode exported = entities.get(person);
        assertEquals("Person", exported.get("schema").asText());
        assertEquals("[\"1980-03\"]", exported.get("properties").get("birthDate").toString());
        assertEquals("[\"female\"]", exported.get("properties").get("gender").toString());
        assertEquals("[\"kz\"]", exported.get("properties").get("citizenship").toString());
        assertEquals("[\"" + source + "\"]", exported.get("properties").get("proof").toString());
        assertEquals("[\"1-456/2021\"]", entities.get(caseId).get("properties").get("caseNumber").toString());
        assertEquals("[\"" + caseId + "\"]", entities.get(caseId + "-" + person).get("properties").get("case").toString());
        assertEquals("[\"Charge: KZ-CC-2014 174\"]", entities.get(charge).get("properties").get("name").toString());
        assertEquals("[\"" + person + "\",\"" + caseId + "\"]", entities.get(charge).get("properties").get("entity").toString());
        assertEquals("[\"Sentence: GUILTY, 2021-09-14\"]", entities.get(sentence).get("properties").get("name").toString());
    }

    /** The FollowTheMoney schemata, by name, from the published model files. */
    private static Map<String, JsonNode> model() throws IOException {
        Map<String, JsonNode> model = new HashMap<>();
        YAMLMapper yaml = new YAMLMapper();
        try (var files = Files.list(Path.of("src/test/resources/followthemoney-schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                yaml.readTree(file.toFile()).fields().forEachRemaining(e -> model.put(e.getKey(), e.getValue()));
            }
        }
        return model;
    }

    private static Map<String, JsonNode> properties(Map<String, JsonNode> model, String schema) {
        Map<String, JsonNode> properties = new HashMap<>();
        model.get(schema).path("extends").forEach(parent -> properties.putAll(properties(model, parent.asText())));
        model.get(schema).path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
        return properties;
    }

    private static Set<String> required(Map<String, JsonNode> model, String schema) {
        Set<String> required = new HashSet<>();
        model.get(schema).path("extends").forEach(parent -> required.addAll(required(model, parent.asText())));
        model.get(schema).path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

}
