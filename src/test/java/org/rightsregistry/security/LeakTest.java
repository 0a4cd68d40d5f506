package org.rightsregistry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.aToken;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.citation;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rightsregistry.support.Api;

/**
 * The leak suite. Hidden records of every type carry unique marker words in every field; visible records point at
 * them. Then every operation of the committed contract is called as anonymous, viewer and editor, with the ids of
 * visible and hidden records in its path and its id filters, the markers as search words and filter values, and
 * every statistics dimension; no body or header may hold a marker (or the id of a hidden record) that the caller may
 * not see. Finally every list's items and {@code total} must equal the visible set, computed here from what an admin
 * sees with an independent model of the rule. An endpoint added to the contract is walked without changing this test.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Marker prefixes: a RESTRICTED record's words, a CONFIDENTIAL record's, safety notes, the day of a birth. */
    static final String RESTRICTED = "xqrestmark";
    static final String CONFIDENTIAL = "xqconfmark";
    static final String SAFETY = "xqsafemark";
    static final String BIRTH = "xqbirthmark";
    static final String BIRTH_DATE = "1961-04-17";
    /** The CSV import's path, followed by the type. */
    static final String CSV_IMPORT = "/api/v1/import/";
    /** A record id as the API writes it. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    enum Who {
        anonymous, viewer, editor
    }

    private final Map<Who, String> tokens = new HashMap<>();
    /** The ids of hidden records by level, and by collection name. */
    private final Map<String, Set<String>> hiddenIds = new HashMap<>();
    private final Map<String, List<String>> idsByCollection = new HashMap<>();
    private final List<String> searchWords = new ArrayList<>();
    private String visiblePerson;
    private String visibleCase;
    private String visibleSource;
    private int counter;

    private String marker(String prefix) {
        return prefix + (++counter) + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    }

    private String remember(String collection, String level, String id) {
        idsByCollection.computeIfAbsent(collection, c -> new ArrayList<>()).add(id);
        if (level != null) {
            hiddenIds.computeIfAbsent(level, l -> new HashSet<>()).add(id);
        }
        return id;
    }

    private boolean filled;

    /** Creates the records once, at the first test (the HTTP port is known only then). */
    private synchronized void fill() {
        if (filled) {
            return;
        }
        filled = true;
        for (String role : List.of("viewer", "editor")) {
            tokens.put(Who.valueOf(role), aToken(role));
        }
        visibleSource = remember("sources", null, aSource().create());
        visiblePerson = remember("persons", null, aPerson().with("birthDate", BIRTH_DATE).with("safetyNotes", marker(SAFETY) + " lives at")
                .withList("citations", citation(visibleSource, null), quoted(visibleSource, "safetyNotes", marker(SAFETY)),
                        quoted(visibleSource, "birthDate", marker(BIRTH) + " born " + BIRTH_DATE))
                .create());
        visibleCase = remember("cases", null, aCase().create());
        addParty(visibleCase, visiblePerson, "DEFENDANT");
        String charge = remember("charges", null, aCharge(visibleCase, visiblePerson).create());
        String sentence = remember("sentences", null, aSentence(visibleCase, visiblePerson).withList("chargeIds", charge)
                .with("verdict", "GUILTY").withList("components", imprisonment(36)).create());
        remember("appeals", null, anAppeal(sentence).create());
        for (String level : List.of("RESTRICTED", "CONFIDENTIAL")) {
            hide(level, level.equals("RESTRICTED") ? RESTRICTED : CONFIDENTIAL, charge, sentence);
        }
    }

    private static Map<String, Object> quoted(String sourceId, String field, String quote) {
        Map<String, Object> c = citation(sourceId, field);
        c.put("quote", quote);
        return c;
    }

    /** Hidden records of one level, each with markers in every text field, and visible records pointing at them. */
    private void hide(String level, String prefix, String publicCharge, String publicSentence) {
        String source = remember("sources", level, aSource().with("visibility", level).with("title", marker(prefix))
                .with("publisher", marker(prefix)).with("author", marker(prefix)).with("url", "https://example.org/" + marker(prefix))
                .with("archiveUrl", "https://archive.example.org/" + marker(prefix)).create());
        // a visible person cites the hidden source: the citation is withheld
        Api.mergePatch().body(Map.of("citations", List.of(citation(visibleSource, null), quoted(source, null, marker(prefix)))))
                .patch("/api/v1/persons/" + visiblePerson).then().statusCode(200);
        String fullName = marker(prefix);
        searchWords.add(fullName);
        String person = remember("persons", level, aPerson().with("visibility", level).with("fullName", fullName)
                .withList("names", Map.of("name", marker(prefix), "kind", "ALIAS")).with("occupation", marker(prefix))
                .with("region", marker(prefix)).with("summary", marker(prefix)).with("safetyNotes", marker(SAFETY))
                .with("birthDate", "1970-02-03").withList("citations", quoted(source, "summary", marker(prefix))).create());
        // a hidden person in a visible case, with visible charges, sentence and appeal that are hidden through them
        addParty(visibleCase, person, "DEFENDANT");
        String law = marker(prefix);
        searchWords.add(law);
        String chargeOfHidden = remember("charges", level, aCharge(visibleCase, person).with("law", law).with("article", marker(prefix))
                .with("articleText", marker(prefix)).with("description", marker(prefix)).create());
        String sentenceOfHidden = remember("sentences", level, aSentence(visibleCase, person).with("court", marker(prefix))
                .withList("chargeIds", chargeOfHidden).create());
        remember("appeals", level, anAppeal(sentenceOfHidden).with("body", marker(prefix)).create());
        // a hidden case with the visible person in it, and a visible charge in it
        String title = marker(prefix);
        searchWords.add(title);
        String courtCase = remember("cases", level, aCase().with("visibility", level).with("title", title).with("summary", marker(prefix))
                .withList("caseNumbers", Map.of("number", marker(prefix), "authority", marker(prefix))).create());
        addParty(courtCase, visiblePerson, "WITNESS");
        remember("charges", level, aCharge(courtCase, visiblePerson).with("law", marker(prefix)).with("description", marker(prefix))
                .create());
        // hidden charge, sentence and appeal of the visible person in the visible case
        String hiddenCharge = remember("charges", level, aCharge(visibleCase, visiblePerson).with("visibility", level)
                .with("law", marker(prefix)).with("articleText", marker(prefix)).create());
        Map<String, Object> sentenceBody = Api.json().get("/api/v1/sentences/" + publicSentence).then().extract().jsonPath().getMap("");
        String hiddenSentence = remember("sentences", level, aSentence(visibleCase, visiblePerson).with("visibility", level)
                .with("court", marker(prefix)).create());
        List<Object> decided = new ArrayList<>((List<?>) sentenceBody.get("chargeIds"));
        decided.add(hiddenCharge);
        Api.mergePatch().body(Map.of("chargeIds", decided)).patch("/api/v1/sentences/" + publicSentence).then().statusCode(200);
        remember("appeals", level, anAppeal(publicSentence).with("visibility", level).with("body", marker(prefix)).create());
        // a visible appeal that resulted in the hidden sentence
        remember("appeals", null, anAppeal(publicSentence).with("status", "DECIDED").with("outcome", "UPHELD")
                .with("resultingSentenceId", hiddenSentence).create());
        // changed and deleted hidden records: their history and feed entries stay hidden
        Api.mergePatch().body(Map.of("summary", marker(prefix))).patch("/api/v1/persons/" + person).then().statusCode(200);
        String deleted = remember("charges", level, aCharge(visibleCase, visiblePerson).with("visibility", level).with("law", marker(prefix))
                .create());
        Api.plain().delete("/api/v1/charges/" + deleted).then().statusCode(204);
        idsByCollection.get("charges").remove(deleted);
        assertTrue(publicCharge != null);
    }

    /** What a caller must not find in any response. */
    private Set<String> forbidden(Who who) {
        Set<String> words = new HashSet<>(List.of(CONFIDENTIAL));
        words.addAll(hiddenIds.get("CONFIDENTIAL"));
        if (who != Who.editor) {
            words.add(SAFETY);
        }
        if (who == Who.anonymous) {
            words.addAll(List.of(RESTRICTED, BIRTH, BIRTH_DATE, BIRTH_DATE.substring(0, 7), "1970-02"));
            words.addAll(hiddenIds.get("RESTRICTED"));
        }
        return words;
    }

    private RequestSpecification as(Who who) {
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(true);
        return who == Who.anonymous ? spec : spec.header("Authorization", "Bearer " + tokens.get(who));
    }

    private int calls;

    private Response call(Who who, String method, String path, Map<String, List<String>> query, String body) {
        RequestSpecification spec = as(who);
        query.forEach((name, values) -> spec.queryParam(name, values));
        if (body != null) {
            spec.contentType(method.equals("PATCH") ? "application/merge-patch+json"
                    : path.startsWith(CSV_IMPORT) ? "text/csv; charset=UTF-8" : "application/json").body(body);
        }
        Response response = spec.request(method, path);
        calls++;
        String seen = response.getHeaders().toString() + "\n" + response.asString();
        // a month of a date ("1970-02") can stand by chance in a random id ("e0f91970-02af-…"): other words than ids
        // are looked for with the ids left out
        String withoutIds = ID.matcher(seen).replaceAll("<id>");
        for (String word : forbidden(who)) {
            String text = ID.matcher(word).matches() ? seen : withoutIds;
            // an id the caller sent itself may come back (in a problem's instance); nothing else may
            if (text.contains(word) && !path.contains(word) && !query.toString().contains(word) && (body == null || !body.contains(word))) {
                fail(who + " " + method + " " + path + " " + query + " shows " + word + ":\n" + seen);
            }
        }
        assertTrue(response.statusCode() < 500, () -> method + " " + path + " " + query + " gave " + response.statusCode());
        return response;
    }

    @Test
    void shouldShowNoCallerWhatItMayNotSeeInAnyOperationOfTheContract() throws Exception {
        fill();
        JsonNode doc = JSON.readTree(Files.readAllBytes(Path.of("openapi/openapi.json")));
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        int operations = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                operations++;
                for (String url : urls(path.getKey())) {
                    for (Map<String, List<String>> query : queries(doc, method.getValue())) {
                        for (Who who : Who.values()) {
                            if (method.getKey().equals("get")) {
                                call(who, "GET", url, query, null);
                            } else {
                                for (String body : url.startsWith(CSV_IMPORT) ? csvBodies(url) : bodies()) {
                                    call(who, method.getKey().toUpperCase(), url, Map.of(), body);
                                }
                            }
                        }
                        if (!method.getKey().equals("get")) {
                            break;
                        }
                    }
                }
            }
        }
        assertTrue(operations >= 50, "walked " + operations + " operations");
        // the change feed, whole, page by page
        for (Who who : Who.values()) {
            String since = null;
            for (int page = 0; page < 1000; page++) {
                Map<String, List<String>> query = new LinkedHashMap<>();
                query.put("limit", List.of("1000"));
                if (since != null) {
                    query.put("since", List.of(since));
                }
                Response response = call(who, "GET", "/api/v1/changes", query, null);
                since = response.path("nextCursor");
                if (!Boolean.TRUE.equals(response.path("hasMore"))) {
                    break;
                }
            }
        }
        assertTrue(calls > 1000, "made " + calls + " calls");
    }

    /** The path with each visible and hidden id of the right collection in its parameters. */
    private List<String> urls(String template) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        String collection = template.split("/")[3];
        List<String> urls = new ArrayList<>();
        if (template.equals(CSV_IMPORT + "{type}")) {
            for (String type : List.of("persons", "cases", "charges", "sentences", "appeals", "sources")) {
                urls.add(CSV_IMPORT + type);
            }
            return urls;
        }
        if (template.contains("{caseId}/parties/{personId}")) {
            for (String person : idsByCollection.get("persons")) {
                urls.add(template.replace("{caseId}", visibleCase).replace("{personId}", person));
            }
            return urls;
        }
        for (String id : idsByCollection.getOrDefault(collection, List.of(UUID.randomUUID().toString()))) {
            urls.add(template.replaceAll("\\{[^}]+}", id));
        }
        return urls;
    }

    /** No parameters, then each id filter with each hidden id, each marker word as q, and each statistics dimension. */
    private List<Map<String, List<String>>> queries(JsonNode doc, JsonNode operation) {
        List<Map<String, List<String>>> queries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals("query")) {
                names.add(p.path("name").asText());
            }
        });
        queries.add(names.contains("q") ? Map.of("q", List.of(visiblePersonName())) : Map.of());
        Map<String, String> filters = Map.of("personId", "persons", "caseId", "cases", "sentenceId", "sentences");
        filters.forEach((name, collection) -> {
            if (names.contains(name)) {
                hiddenIds.values().forEach(ids -> ids.stream().filter(idsByCollection.get(collection)::contains)
                        .forEach(id -> queries.add(Map.of(name, List.of(id)))));
            }
        });
        if (names.contains("q")) {
            searchWords.forEach(word -> queries.add(Map.of("q", List.of(word))));
        }
        if (names.contains("law")) {
            searchWords.forEach(word -> queries.add(Map.of("law", List.of(word))));
        }
        if (names.contains("by")) {
            doc.at("/components/schemas/StatisticsDimension/enum").forEach(d -> {
                queries.add(Map.of("by", List.of(d.asText())));
                queries.add(Map.of("by", List.of(d.asText()), "count", List.of("CHARGES")));
            });
        }
        if (names.contains("format")) {
            queries.add(Map.of("format", List.of("csv")));
            queries.add(Map.of("format", List.of("ndjson")));
        }
        if (names.contains("birthFrom")) {
            queries.add(Map.of("birthFrom", List.of("1961"), "birthTo", List.of("1961")));
        }
        return queries;
    }

    private String visiblePersonName() {
        return "Zhaksylykova";
    }

    /** Write bodies: empty, and one that names hidden records. */
    private List<String> bodies() {
        String hiddenPerson = first("persons", "CONFIDENTIAL");
        String hiddenCase = first("cases", "CONFIDENTIAL");
        String hiddenSentence = first("sentences", "CONFIDENTIAL");
        String hiddenSource = first("sources", "CONFIDENTIAL");
        return List.of("{}", "{\"personId\":\"" + hiddenPerson + "\",\"caseId\":\"" + hiddenCase + "\",\"sentenceId\":\"" + hiddenSentence
                + "\",\"law\":\"x\",\"role\":\"DEFENDANT\",\"citations\":[{\"sourceId\":\"" + hiddenSource + "\"}]}");
    }

    /** CSV import bodies of the url's type: a header alone, and a row that names hidden records. */
    private List<String> csvBodies(String url) {
        String hiddenPerson = first("persons", "CONFIDENTIAL");
        String hiddenCase = first("cases", "CONFIDENTIAL");
        String hiddenSentence = first("sentences", "CONFIDENTIAL");
        String hiddenSource = first("sources", "CONFIDENTIAL");
        String row = switch (url.substring(CSV_IMPORT.length())) {
            case "persons" -> "fullName,citations\r\nInvented Leak Probe," + hiddenSource;
            case "cases" -> "title,country,citations\r\nInvented leak probe,KZ," + hiddenSource;
            case "charges" -> "caseId,personId,law\r\n" + hiddenCase + "," + hiddenPerson + ",KZ-CC-2014";
            case "sentences" -> "caseId,personId,decidedOn\r\n" + hiddenCase + "," + hiddenPerson + ",2021";
            case "appeals" -> "sentenceId\r\n" + hiddenSentence;
            default -> "id,title\r\n" + hiddenSource + ",Invented leak probe";
        };
        return List.of("id\r\n", row + "\r\n");
    }

    private String first(String collection, String level) {
        return idsByCollection.get(collection).stream().filter(hiddenIds.get(level)::contains).findFirst().orElseThrow();
    }

    @Test
    void shouldCountExactlyTheVisibleRecordsInEveryList() {
        fill();
        Map<String, Map<String, JsonNode>> all = new HashMap<>();
        for (String collection : List.of("persons", "cases", "charges", "sentences", "appeals", "sources")) {
            all.put(collection, everything(null, "/api/v1/" + collection));
        }
        for (Who who : Who.values()) {
            Set<String> levels = who == Who.anonymous ? Set.of("PUBLIC") : Set.of("PUBLIC", "RESTRICTED");
            for (String collection : all.keySet()) {
                Set<String> expected = new HashSet<>();
                all.get(collection).forEach((id, record) -> {
                    if (visible(all, collection, record, levels)) {
                        expected.add(id);
                    }
                });
                Map<String, JsonNode> seen = everything(who, "/api/v1/" + collection);
                assertEquals(expected, seen.keySet(), who + " " + collection);
                long total = ((Number) as(who).queryParam("limit", 1).get("/api/v1/" + collection).path("total")).longValue();
                assertEquals(expected.size(), total, who + " total of " + collection);
                String ndjson = as(who).queryParam("format", "ndjson").get("/api/v1/" + collection).then().statusCode(200).extract().asString();
                assertEquals(expected.size(), ndjson.isEmpty() ? 0 : ndjson.split("\n").length, who + " export of " + collection);
                String dump = as(who).get("/api/v1/export").then().statusCode(200).extract().asString();
                assertEquals(expected.size(), ((Number) io.restassured.path.json.JsonPath.from(dump.substring(0, dump.indexOf('\n')))
                        .get("export.counts." + collection)).longValue(), who + " dump count of " + collection);
            }
            long persons = ((Number) as(who).get("/api/v1/stats").path("total")).longValue();
            assertEquals(everything(who, "/api/v1/persons").size(), persons, who + " statistics total");
            Set<String> parties = new HashSet<>(as(who).queryParam("limit", 500).get("/api/v1/cases/" + visibleCase + "/parties")
                    .jsonPath().getList("items.personId"));
            Set<String> expectedParties = new HashSet<>();
            Api.plain().get("/api/v1/cases/" + visibleCase).jsonPath().getList("parties.personId", String.class).forEach(p -> {
                if (levels.contains(all.get("persons").get(p).path("visibility").asText())) {
                    expectedParties.add(p);
                }
            });
            assertEquals(expectedParties, parties, who + " parties");
        }
    }

    /** The rule, modelled independently: the record and what it belongs to. */
    private static boolean visible(Map<String, Map<String, JsonNode>> all, String collection, JsonNode record, Set<String> levels) {
        if (!levels.contains(record.path("visibility").asText())) {
            return false;
        }
        return switch (collection) {
            case "charges", "sentences" -> visible(all, "persons", all.get("persons").get(record.path("personId").asText()), levels)
                    && visible(all, "cases", all.get("cases").get(record.path("caseId").asText()), levels);
            case "appeals" -> visible(all, "sentences", all.get("sentences").get(record.path("sentenceId").asText()), levels);
            default -> true;
        };
    }

    /** Every item of a list, page by page, by id. */
    private Map<String, JsonNode> everything(Who who, String path) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        String cursor = null;
        do {
            RequestSpecification spec = who == null ? Api.plain() : as(who);
            spec.queryParam("limit", 500);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response response = spec.get(path);
            assertEquals(200, response.statusCode(), path);
            try {
                JsonNode page = JSON.readTree(response.asString());
                page.path("items").forEach(item -> items.put(item.path("id").asText(), item));
                cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        } while (cursor != null);
        return items;
    }
}
