package org.rightsregistry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.Fixtures;

/**
 * Walks every operation of the committed contract ({@code openapi/openapi.json}) with generated requests, valid and
 * invalid, and checks every answer against the contract: never a 5xx, a status the operation documents, a body that
 * validates against the documented schema (problem+json for errors), the documented headers; a request that is
 * refused changes nothing in the database, and a request that is invalid by construction is refused.
 *
 * <p>Seeded and reproducible: {@code -Dfuzz.seed=N} (or {@code random}) and {@code -Dfuzz.requests=N}. Values come
 * from QuickTheories' generators, drawn from one seeded {@link Random} ({@link SeededSource}) inside a JUnit test: a
 * property runner's own engine cannot drive a {@code @QuarkusTest} class, whose application a Jupiter extension starts.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final long DEFAULT_SEED = 20261129L;
    private static final int DEFAULT_REQUESTS = 10_000;
    private static final int MAX_REPORTED = 25;

    private static final List<String> HOSTILE_TEXT = List.of(
            "Robert'); DROP TABLE person; --", "' OR '1'='1", "1; DELETE FROM charge", "\" OR \"\"=\"", "%' --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}", "../../etc/passwd", "\\u0000", "%00", "NaN", "null", "true", "[]", "{}", "\u202Eevil", "Z\u0301\u0301\u0301",
            "👩🏽‍⚖️", "Қайрат", "שלום", "\uFEFF", "\u200B", " ", "\t", "\r\n");

    @Inject
    AgroalDataSource dataSource;

    private Random random;
    private JsonNode doc;
    private HttpClient http;
    private String base;
    private final Map<String, JsonSchema> validators = new HashMap<>();
    private final JsonSchemaFactory schemaFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, List<JsonNode>> itemsCache = new HashMap<>();
    private final Map<String, String> cursors = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Set<String> failureKeys = new java.util.HashSet<>();
    private String fingerprintSql;

    /** One operation of the contract. */
    record Op(String method, String path, JsonNode node) {
        String id() {
            return node.path("operationId").asText(method + " " + path);
        }
    }

    /** One generated request, and whether it is invalid by construction (so it must be refused). */
    static final class Req {
        final Op op;
        String kind = "valid";
        boolean mustFail;
        String path;
        final List<String[]> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;

        Req(Op op) {
            this.op = op;
        }

        Req invalid(String kind) {
            this.kind = kind;
            this.mustFail = true;
            return this;
        }

        Req odd(String kind) {
            this.kind = kind;
            return this;
        }
    }

    @Test
    void shouldAnswerEveryGeneratedRequestAsTheContractSays() throws Exception {
        String seedText = System.getProperty("fuzz.seed", Long.toString(DEFAULT_SEED));
        long seed = seedText.equals("random") ? new Random().nextLong() : Long.parseLong(seedText);
        int count = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        System.out.printf("contract fuzz: seed %d, %d requests (rerun with -Dfuzz.seed=%d -Dfuzz.requests=%d)%n",
                seed, count, seed, count);
        random = new Random(seed);
        doc = JSON.readTree(Files.readAllBytes(Path.of("openapi/openapi.json")));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        base = "http://127.0.0.1:" + RestAssured.port;
        List<Op> ops = operations();
        assertThat(ops).as("operations in the contract").isNotEmpty();
        prepareFingerprint();
        ensureFixtures();

        long started = System.nanoTime();
        String before = fingerprint();
        long generating = 0;
        for (int n = 1; n <= count; n++) {
            Op op = ops.get(random.nextInt(ops.size()));
            if (n % 250 == 0) {
                itemsCache.clear();
                if (ensureFixtures()) {
                    before = fingerprint();
                }
            }
            long t0 = System.nanoTime();
            Req req = generate(op);
            generating += System.nanoTime() - t0;
            before = exchange(n, seed, req, before);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("contract fuzz: %d requests in %.1f s (%.0f/s; %.1f s generating, including reads of real records), %d operations%n",
                count, seconds, count / seconds, generating / 1e9, ops.size());
        statuses.forEach((op, byStatus) -> System.out.printf("  %-16s %s%n", op, byStatus));
        System.out.printf("  request kinds: %s%n", kinds);
        List<String> neverSucceeded = ops.stream().map(Op::id)
                .filter(id -> statuses.getOrDefault(id, Map.of()).keySet().stream().noneMatch(s -> s >= 200 && s < 400))
                .toList();
        assertThat(failures).as("contract violations (seed " + seed + ")").isEmpty();
        assertThat(neverSucceeded).as("operations whose generated valid requests never succeeded: extend the fixtures").isEmpty();
    }

    // ---- the contract ----

    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(e -> {
                if (METHODS.contains(e.getKey())) {
                    ops.add(new Op(e.getKey().toUpperCase(), path.getKey(), e.getValue()));
                }
            });
        }
        ops.sort((a, b) -> a.id().compareTo(b.id()));
        return ops;
    }

    private JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            JsonNode target = doc;
            for (String part : current.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            if (current.size() > 1 && target.isObject()) {
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                current.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref") && !merged.has(f.getKey())) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                current = merged;
            } else {
                current = target;
            }
        }
        if (current.has("anyOf")) {
            for (JsonNode alternative : current.get("anyOf")) {
                if (!"null".equals(alternative.path("type").asText())) {
                    ObjectNode merged = (ObjectNode) deref(alternative).deepCopy();
                    current.fields().forEachRemaining(f -> {
                        if (!f.getKey().equals("anyOf") && !f.getKey().equals("type") && !merged.has(f.getKey())) {
                            merged.set(f.getKey(), f.getValue());
                        }
                    });
                    return merged;
                }
            }
        }
        return current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    private List<JsonNode> parameters(Op op, String in) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode p : op.node().path("parameters")) {
            JsonNode param = deref(p);
            if (in.equals(param.path("in").asText())) {
                result.add(param);
            }
        }
        return result;
    }

    private String bodyType(Op op) {
        Iterator<String> types = op.node().path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    /** The schema a body is generated from: for a merge patch, the schema of the PUT on the same path. */
    private JsonNode bodySchema(Op op) {
        String type = bodyType(op);
        if (type == null) {
            return null;
        }
        if (type.contains("merge-patch")) {
            JsonNode put = doc.path("paths").path(op.path()).path("put");
            if (!put.isMissingNode()) {
                return deref(put.path("requestBody").path("content").path("application/json").path("schema"));
            }
        }
        return deref(op.node().path("requestBody").path("content").path(type).path("schema"));
    }

    // ---- fixtures and real ids ----

    /** Top-level collections (paths without parameters that can be listed), each needing at least one record. */
    private boolean ensureFixtures() {
        boolean empty = false;
        for (Op op : operations()) {
            if (op.method().equals("GET") && !op.path().contains("{") && items(op.path()).isEmpty()) {
                empty = true;
            }
        }
        if (!empty) {
            return false;
        }
        String[] party = Fixtures.aPartyOfACase();
        Fixtures.addParty(party[0], Fixtures.aPerson().with("fullName", "Дана Омарова").create(), "WITNESS");
        String charge = Fixtures.aCharge(party[0], party[1]).create();
        String sentence = Fixtures.aSentence(party[0], party[1]).withList("chargeIds", charge).with("verdict", "GUILTY")
                .withList("components", Fixtures.imprisonment(48)).create();
        Fixtures.anAppeal(sentence).with("filedOn", "2021-10-01").with("status", "FILED").create();
        // sources are cited by nothing here, so the fuzzed deletes can take them; three, like the tokens
        for (int i = 0; i < 3; i++) {
            Fixtures.aSource().create();
        }
        for (int i = 0; i < 3; i++) {
            Fixtures.aToken("viewer");
        }
        itemsCache.clear();
        return true;
    }

    /** Records of a collection path, listed through the API (most recent first half of the time). */
    private List<JsonNode> items(String collection) {
        return itemsCache.computeIfAbsent(collection, c -> {
            try {
                // Lists page; a few small ones (tokens) take no paging parameters at all.
                boolean pages = doc.path("paths").path(c).path("get").path("parameters").toString().contains("\"limit\"");
                String url = base + c + (pages ? "?limit=30" + (random.nextBoolean() ? "&sort=-createdAt" : "") : "");
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    return List.of();
                }
                List<JsonNode> list = new ArrayList<>();
                JsonNode body = JSON.readTree(response.body());
                (body.isArray() ? body : body.path("items")).forEach(list::add);
                return list;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * A real value for each path parameter: one of its values where the contract lists them (the type of a CSV
     * import), else a record of the collection the path leads to (the item's field of the same name, else its
     * {@code id}).
     */
    private String realPath(Op op) {
        String[] segments = op.path().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                JsonNode values = parameters(op, "path").stream().filter(p -> p.path("name").asText().equals(name))
                        .map(p -> deref(p.path("schema")).path("enum")).findFirst().orElse(NODES.arrayNode());
                if (!values.isEmpty()) {
                    path.append('/').append(pick(toList(values)).asText());
                    continue;
                }
                List<JsonNode> records = items(path.toString());
                if (records.isEmpty()) {
                    return null;
                }
                JsonNode record = records.get(random.nextInt(records.size()));
                path.append('/').append(record.has(name) ? record.get(name).asText() : record.path("id").asText());
            } else {
                path.append('/').append(segment);
            }
        }
        return path.toString();
    }

    /** An id of a record of the collection a field like {@code personId} or {@code chargeIds} refers to. */
    private String referencedId(String field) {
        Matcher m = Pattern.compile("([A-Z]?[a-z]+)Ids?$").matcher(field);
        if (!m.find()) {
            return UUID.randomUUID().toString();
        }
        String collection = "/api/v1/" + m.group(1).toLowerCase() + "s";
        if (doc.path("paths").path(collection).isMissingNode()) {
            return UUID.randomUUID().toString();
        }
        List<JsonNode> records = items(collection);
        return records.isEmpty() ? UUID.randomUUID().toString() : records.get(random.nextInt(records.size())).path("id").asText();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + Api.ADMIN_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    // ---- generation ----

    private <T> T draw(Gen<T> gen) {
        return new SeededSource(random).draw(gen);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String printable(int maxLength) {
        int max = Math.max(1, Math.min(maxLength, 40));
        return draw(Generate.oneOf(
                SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, max),
                SourceDSL.strings().betweenCodePoints(0x0400, 0x04FF).ofLengthBetween(1, Math.min(max, 30)),
                SourceDSL.strings().allPossible().ofLengthBetween(1, Math.min(max, 20)))
                .map(s -> s.codePoints().filter(c -> c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && c != 0xFFFE && c != 0xFFFF
                                && !(c >= 0xD800 && c <= 0xDFFF))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .map(s -> s.isBlank() ? "Dana" + s : s)
                .map(s -> s.length() > maxLength ? s.substring(0, maxLength) : s));
    }

    private String controlText() {
        return controlText(true);
    }

    /** Text with one character no record may hold; unpaired surrogates only where JSON can carry them (not in a URL). */
    private String controlText(boolean surrogates) {
        char bad = draw(Generate.oneOf(Generate.characters(0x00, 0x08), Generate.characters(0x0E, 0x1F),
                Generate.characters(0x7F, 0x9F), Generate.pick(surrogates ? List.of('\u000B', '\u000C', '\uD800', '\uDC00', '\uFFFF')
                        : List.of('\u000B', '\u000C', '\uFFFF'))));
        return "Dana" + bad + "Omarova";
    }

    /** A value the schema allows (domain rules such as EDTF dates or country codes may still refuse it). */
    private JsonNode validValue(JsonNode rawSchema, String field, int depth) {
        JsonNode schema = deref(rawSchema);
        if (schema.has("enum")) {
            return pick(toList(schema.get("enum")));
        }
        switch (type(schema)) {
            case "integer": {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(Math.max(min, 1000));
                return NODES.numberNode(draw(SourceDSL.longs().between(min, max)));
            }
            case "number":
                return NODES.numberNode(draw(SourceDSL.doubles().between(0, 1000)));
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 3 ? 0 : random.nextInt(Math.min(3, schema.path("maxItems").asInt(3)) + 1);
                for (int i = 0; i < size; i++) {
                    array.add(validValue(schema.path("items"), field, depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = NODES.objectNode();
                Set<String> required = toSet(schema.path("required"));
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (depth < 4 && (required.contains(p.getKey()) || chance(0.4)) && !p.getKey().equals("version")) {
                        object.set(p.getKey(), validValue(p.getValue(), p.getKey(), depth + 1));
                    }
                });
                return object;
            }
            default:
                if ("uuid".equals(schema.path("format").asText()) || field.endsWith("Id") || field.endsWith("Ids")) {
                    return NODES.textNode(chance(0.9) ? referencedId(field) : UUID.randomUUID().toString());
                }
                if ("date-time".equals(schema.path("format").asText())) {
                    return NODES.textNode(Instant.now().toString());
                }
                return NODES.textNode(printable(schema.path("maxLength").asInt(300)));
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Set<String> toSet(JsonNode array) {
        Set<String> set = new java.util.HashSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }

    /** A value of another JSON type than the schema wants. */
    private JsonNode wrongType(JsonNode rawSchema) {
        String type = type(deref(rawSchema));
        List<JsonNode> others = new ArrayList<>();
        if (!type.equals("string")) {
            others.add(NODES.textNode("12"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            others.add(NODES.numberNode(draw(SourceDSL.integers().all())));
        }
        if (!type.equals("boolean")) {
            others.add(NODES.booleanNode(true));
        }
        if (!type.equals("array")) {
            others.add(NODES.arrayNode().add("x"));
        }
        if (!type.equals("object")) {
            others.add(NODES.objectNode().put("value", "x"));
        }
        return pick(others);
    }

    /** A body that the documented schema of the operation describes, built from real records where there are any. */
    private ObjectNode template(Op op, String path, JsonNode current) {
        JsonNode schema = bodySchema(op);
        Set<String> writable = new java.util.HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(writable::add);
        JsonNode source = null;
        if (op.method().equals("POST")) {
            List<JsonNode> records = items(path);
            source = records.isEmpty() ? null : pick(records);
        } else {
            source = current;
        }
        ObjectNode body = source == null ? (ObjectNode) validValue(schema, "body", 0) : ((ObjectNode) source).deepCopy();
        body.retain(writable);
        if (op.method().equals("POST")) {
            body.remove("version");
            body.remove("id");
            if (writable.contains("id") && chance(0.3)) {
                body.put("id", UUID.randomUUID().toString());
            }
            for (String field : writable) {
                if (field.endsWith("Id") && !field.equals("id") && chance(0.5)) {
                    body.put(field, referencedId(field));
                }
            }
        }
        if (op.method().equals("PATCH")) {
            ObjectNode patch = NODES.objectNode();
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                if (!field.equals("version") && chance(0.3)) {
                    patch.set(field, body.get(field));
                }
            }
            return patch;
        }
        if (chance(0.4) && !writable.isEmpty()) {
            String field = pick(new ArrayList<>(writable));
            if (!field.equals("version") && !field.equals("id")) {
                body.set(field, validValue(schema.path("properties").path(field), field, 1));
            }
        }
        return body;
    }

    private Req generate(Op op) throws Exception {
        Req req = new Req(op);
        String real = realPath(op);
        req.path = real != null ? real : op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        req.headers.put("Accept", chance(0.8) ? "application/json" : pick(List.of("*/*", "application/*",
                "application/json, application/problem+json", "application/json;q=0.9, */*;q=0.1")));
        validQuery(op, req);
        String bodyType = bodyType(op);
        List<JsonNode> headerParams = parameters(op, "header");
        boolean conditional = headerParams.stream().map(h -> h.path("name").asText())
                .anyMatch(h -> h.equals("If-Match") || h.equals("If-None-Match"));
        JsonNode current = real != null && !op.method().equals("POST") && (bodyType != null || conditional) ? get(real) : null;
        boolean ndjson = "application/x-ndjson".equals(bodyType);
        boolean csv = "text/csv".equals(bodyType);
        if (ndjson) {
            // an import: a line of the dump's format, for an invented person (its own checks are in ImportTest)
            req.headers.put("Content-Type", bodyType);
            req.body = ("{\"type\":\"persons\",\"record\":{\"fullName\":\"Invented Fuzz " + random.nextInt(1000) + "\"}}\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (csv) {
            // a CSV import: a header and a row of the path's type (its own checks are in CsvImportTest)
            req.headers.put("Content-Type", chance(0.5) ? bodyType : bodyType + "; charset=UTF-8");
            req.body = csvRow(req.path.substring(req.path.lastIndexOf('/') + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (bodyType != null) {
            req.headers.put("Content-Type", bodyType);
            req.body = JSON.writeValueAsBytes(template(op, op.method().equals("POST") ? req.path : real, current));
        }
        for (JsonNode header : headerParams) {
            String name = header.path("name").asText();
            if ((name.equals("If-Match") || name.equals("If-None-Match")) && current != null && current.has("version") && chance(0.5)) {
                req.headers.put(name, "\"" + current.get("version").asLong() + "\"");
            }
        }
        if (chance(0.35)) {
            return req;
        }
        // One invalid or odd change, from the kinds this operation can take.
        List<Runnable> mutations = new ArrayList<>();
        mutations.add(() -> unknownQueryParameter(req));
        mutations.add(() -> oddHeader(req));
        mutations.add(() -> notAcceptable(req));
        if (!parameters(op, "query").isEmpty()) {
            mutations.add(() -> badQueryValue(op, req));
            mutations.add(() -> badQueryValue(op, req));
            mutations.add(() -> badCursor(op, req));
        }
        if (op.path().contains("{")) {
            mutations.add(() -> badId(op, req));
            mutations.add(() -> badId(op, req));
        }
        if (headerParams.stream().anyMatch(h -> h.path("name").asText().equals("If-Match"))) {
            mutations.add(() -> staleIfMatch(req));
        }
        if (ndjson || csv) {
            mutations.add(() -> badContentType(req));
        } else if (bodyType != null && req.body != null) {
            JsonNode schema = bodySchema(op);
            for (int i = 0; i < 3; i++) {
                mutations.add(() -> bodyMutation(op, req, schema));
            }
            mutations.add(() -> malformedBody(req));
            mutations.add(() -> badContentType(req));
        }
        pick(mutations).run();
        return req;
    }

    /** A CSV body of one invented record of the type, pointing at real records where it points at any. */
    private String csvRow(String type) {
        int n = random.nextInt(1000);
        return switch (type) {
            case "cases" -> "title,country,themes\r\nInvented fuzz case " + n + ",KZ,EXPRESSION; JOURNALISM\r\n";
            case "charges" -> "caseId,personId,law,penaltyRiskedMonths.max\r\n" + referencedId("caseId") + "," + referencedId("personId")
                    + ",KZ-CC-2014,84\r\n";
            case "sentences" -> "caseId,personId,decidedOn,components\r\n" + referencedId("caseId") + "," + referencedId("personId")
                    + ",2021-09-14,IMPRISONMENT (48, MEDIUM)\r\n";
            case "appeals" -> "sentenceId,filedOn\r\n" + referencedId("sentenceId") + ",2021-10-01\r\n";
            case "sources" -> "title,type\r\nInvented fuzz report " + n + ",NGO_REPORT\r\n";
            default -> "fullName,names\r\nInvented Fuzz " + n + ",\"Инвентед Фазз (ru, Cyrl)\"\r\n";
        };
    }

    private void validQuery(Op op, Req req) {
        List<JsonNode> params = parameters(op, "query");
        // About two parameters per request, however many an operation takes.
        double each = params.isEmpty() ? 0 : Math.min(0.3, 2.0 / params.size());
        for (JsonNode param : params) {
            String name = param.path("name").asText();
            if (!chance(each)) {
                continue;
            }
            JsonNode schema = deref(param.path("schema"));
            if (name.equals("sort")) {
                List<String> sortable = sortable(op);
                if (!sortable.isEmpty()) {
                    req.query.add(new String[] {name, (chance(0.5) ? "-" : "") + pick(sortable)});
                }
            } else if (name.equals("format")) {
                // an export reads every record, so a few of them are enough
                req.query.add(new String[] {name, chance(0.9) ? "json" : pick(List.of("csv", "ndjson"))});
            } else if (name.equals("cursor")) {
                String cursor = cursors.get(op.id());
                if (cursor != null) {
                    req.query.add(new String[] {name, cursor});
                    req.query.removeIf(q -> q[0].equals("sort"));
                }
            } else {
                JsonNode value = validValue(type(schema).equals("array") ? schema.path("items") : schema, name, 1);
                req.query.add(new String[] {name, value.asText()});
            }
        }
        // an export takes no limit or cursor, and bom goes with CSV only
        boolean csv = req.query.stream().anyMatch(q -> q[0].equals("format") && q[1].equals("csv"));
        if (csv || req.query.stream().anyMatch(q -> q[0].equals("format") && q[1].equals("ndjson"))) {
            req.query.removeIf(q -> q[0].equals("limit") || q[0].equals("cursor"));
        }
        if (!csv) {
            req.query.removeIf(q -> q[0].equals("bom"));
        }
        if (req.query.stream().anyMatch(q -> q[0].equals("cursor"))) {
            // A cursor belongs to the first page's query: keep only the cursor.
            req.query.removeIf(q -> !q[0].equals("cursor"));
        }
    }

    /** The sortable fields, as the operation's description lists them in backquotes. */
    private static List<String> sortable(Op op) {
        List<String> fields = new ArrayList<>();
        Matcher m = Pattern.compile("`(-?[A-Za-z]+)`").matcher(op.node().path("description").asText());
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    private void unknownQueryParameter(Req req) {
        req.invalid("unknown-query-parameter").query.add(new String[] {pick(List.of("q2", "foo", "limits", "Sort", "status[]", "id")),
                printable(10)});
    }

    private void oddHeader(Req req) {
        req.odd("odd-header");
        switch (random.nextInt(6)) {
            case 0 -> req.headers.put("X-Request-Id", pick(List.of("", "x".repeat(200), "a b", "../../x", "%00", "é")));
            case 1 -> req.headers.put("Idempotency-Key", draw(SourceDSL.strings().ascii().ofLengthBetween(0, 300))
                    .replaceAll("[\\x00-\\x1F\\x7F]", ""));
            case 2 -> req.headers.put("If-None-Match", pick(List.of("*", "\"1\"", "W/\"1\"", "garbage", "\"\"", ",,,")));
            case 3 -> req.invalid("unknown-token").headers.put("Authorization",
                    "Bearer " + draw(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 40)).replaceAll("[^A-Za-z0-9]", ""));
            case 4 -> req.headers.put("Accept-Charset", pick(List.of("iso-8859-1", "bogus", "utf-16")));
            default -> req.headers.put("X-Forwarded-For", pick(List.of("127.0.0.1", "not an address", "::1")));
        }
    }

    private void notAcceptable(Req req) {
        req.invalid("not-acceptable").headers.put("Accept", pick(List.of("application/xml", "text/html", "image/png",
                "application/vnd.ms-excel")));
    }

    private void staleIfMatch(Req req) {
        req.invalid("stale-if-match").headers.put("If-Match", pick(List.of("\"999999\"", "W/\"1\"", "garbage", "\"-1\"", "\"\"")));
    }

    private void badId(Op op, Req req) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.path());
        while (m.find()) {
            names.add(m.group(1));
        }
        String bad = draw(Generate.oneOf(
                Generate.constant(UUID.randomUUID().toString()),
                Generate.pick(List.of("0", "-1", "abc", "00000000-0000-0000-0000-000000000000", "' OR 1=1 --", "<script>", "%00",
                        "...", "{" + UUID.randomUUID() + "}", UUID.randomUUID().toString().replace("-", ""),
                        UUID.randomUUID() + "x", "null", "x".repeat(2000), "Қайрат")),
                SourceDSL.strings().allPossible().ofLengthBetween(1, 60)))
                .replaceAll("^\\.{1,2}$", "..."); // "." and ".." are dot segments: the path resolves to another resource
        String[] segments = req.path.split("/");
        String[] template = op.path().split("/");
        int which = random.nextInt(names.size());
        int seen = 0;
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{") && seen++ == which) {
                segments[i] = encodeSegment(bad);
            }
        }
        req.path = String.join("/", segments);
        req.invalid("bad-id");
    }

    private void badQueryValue(Op op, Req req) {
        JsonNode param = pick(parameters(op, "query"));
        String name = param.path("name").asText();
        JsonNode schema = deref(param.path("schema"));
        JsonNode item = type(schema).equals("array") ? deref(schema.path("items")) : schema;
        List<String> bad = new ArrayList<>();
        bad.add(controlText(false));
        bad.add("x".repeat(1001));
        if (item.has("enum")) {
            bad.add("NOT_A_VALUE");
            String first = item.get("enum").get(0).asText();
            if (!first.toLowerCase().equals(first)) {
                bad.add(first.toLowerCase());
            }
        }
        if (type(item).equals("integer")) {
            bad.addAll(List.of("abc", "1.5", "2147483648", "", "1e3", "٣"));
            // Out of range as the contract states the range, operation by operation.
            if (item.has("minimum")) {
                bad.add(Long.toString(item.get("minimum").asLong() - 1));
            }
            if (item.has("maximum")) {
                bad.add(Long.toString(item.get("maximum").asLong() + 1));
            }
        }
        if ("uuid".equals(item.path("format").asText())) {
            bad.addAll(List.of("not-a-uuid", "", "' OR 1=1 --"));
        }
        if (name.equals("sort")) {
            bad.addAll(List.of("nope", "--createdAt", "id; drop table person", "+createdAt"));
        }
        req.query.removeIf(q -> q[0].equals(name) || q[0].equals("cursor"));
        req.query.add(new String[] {name, pick(bad)});
        req.invalid("bad-query-value");
        if (chance(0.1)) {
            for (int i = 0; i < 101; i++) {
                req.query.add(new String[] {name, "x"});
            }
            req.kind = "too-many-parameters";
        }
    }

    private void badCursor(Op op, Req req) {
        if (parameters(op, "query").stream().noneMatch(p -> p.path("name").asText().equals("cursor"))) {
            badQueryValue(op, req);
            return;
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String cursor = pick(List.of(
                "garbage", "", "====", "%%%", b64.encodeToString(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1}),
                b64.encodeToString("{}".getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString("[1,2]".getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(("{\"s\":\"createdAt\",\"v\":\"not a time\",\"i\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString("{\"s\":\"createdAt\",\"v\":\"2020-01-01T00:00:00Z\",\"i\":\"nope\"}".getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(("{\"s\":\"nosuchfield\",\"v\":null,\"i\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(("{\"s\":\"createdAt\",\"v\":{\"x\":1},\"i\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(("{\"s\":\"createdAt\",\"v\":\"" + "9".repeat(500) + "\",\"i\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8)),
                "A".repeat(3000)));
        req.query.removeIf(q -> q[0].equals("cursor") || q[0].equals("sort"));
        req.query.add(new String[] {"cursor", cursor});
        req.invalid("bad-cursor");
    }

    private void badContentType(Req req) {
        String type = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/octet-stream", "application/vnd.api+json", "none",
                req.op.method().equals("PATCH") ? "application/json" : "application/merge-patch+json"));
        if (type.equals("none")) {
            // Without a Content-Type the body is taken for what the operation consumes: lenient, not a violation.
            req.headers.remove("Content-Type");
            req.odd("no-content-type");
        } else {
            req.headers.put("Content-Type", type);
            req.invalid("bad-content-type");
        }
    }

    private void malformedBody(Req req) {
        String text = new String(req.body, StandardCharsets.UTF_8);
        String bad = switch (random.nextInt(9)) {
            case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length() - 1)));
            case 1 -> text + pick(List.of(" x", "}", ",", "{}", "]"));
            case 2 -> pick(List.of("[]", "null", "\"text\"", "42", "true"));
            case 3 -> "";
            case 4 -> text.replaceFirst("\"", "'");
            case 5 -> "/* comment */" + text;
            case 6 -> "{\"a\":NaN}";
            case 7 -> "[".repeat(draw(Generate.pick(List.of(65, 500, 20_000)))) + "]".repeat(3);
            default -> text.replaceFirst(":", "");
        };
        if (isJson(bad)) {
            bad = "{"; // a mutation that happened to leave valid JSON (such as "{}") is no malformed body
        }
        req.body = bad.getBytes(StandardCharsets.UTF_8);
        req.invalid("malformed-json");
    }

    private static boolean isJson(String text) {
        try {
            JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            return !text.isBlank();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void bodyMutation(Op op, Req req, JsonNode schema) {
        ObjectNode body;
        try {
            body = (ObjectNode) JSON.readTree(req.body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ObjectNode properties = (ObjectNode) schema.path("properties");
        List<String> fields = new ArrayList<>();
        properties.fieldNames().forEachRemaining(fields::add);
        String field = pick(fields);
        JsonNode fieldSchema = deref(properties.get(field));
        String fieldType = type(fieldSchema);
        boolean patch = op.method().equals("PATCH");
        switch (random.nextInt(12)) {
            case 0 -> {
                body.put(pick(List.of("unknownField", "fullname", "Id", "__proto__", "constructor", "$where")), "x");
                req.invalid("unknown-field");
            }
            case 1 -> {
                body.set(field, wrongType(fieldSchema));
                req.invalid("wrong-type");
            }
            case 2 -> {
                Set<String> required = toSet(schema.path("required"));
                if (!patch && !required.isEmpty()) {
                    body.remove(pick(new ArrayList<>(required)));
                    req.invalid("missing-required");
                } else {
                    body.remove(field);
                    req.odd("missing-field");
                }
            }
            case 3 -> {
                boundaryNumber(body, properties, req);
            }
            case 4 -> {
                int max = fieldSchema.path("maxLength").asInt(-1);
                if (fieldType.equals("string") && max > 0) {
                    body.put(field, "x".repeat(max + 1 + random.nextInt(50)));
                    req.invalid("too-long");
                } else if (fieldType.equals("string")) {
                    body.put(field, "Ж".repeat(draw(Generate.pick(List.of(1000, 50_000, 200_000)))));
                    req.odd("huge-string");
                } else {
                    body.put("fullName", "x".repeat(1_100_000));
                    req.invalid("over-one-mebibyte");
                }
            }
            case 5 -> {
                body.put(field, "");
                req.kind = "empty-string";
                if (fieldSchema.has("enum") || "uuid".equals(fieldSchema.path("format").asText()) || !fieldType.equals("string")
                        || fieldSchema.has("pattern")) {
                    req.mustFail = true;
                }
            }
            case 6 -> {
                int levels = draw(Generate.pick(List.of(70, 300, 5000)));
                body.put(field, "\uE000DEEP\uE000");
                String text = body.toString().replace("\"\uE000DEEP\uE000\"", "[{\"a\":".repeat(levels / 2) + "1" + "}]".repeat(levels / 2));
                req.body = text.getBytes(StandardCharsets.UTF_8);
                req.invalid("deep-nesting");
                return;
            }
            case 7 -> {
                if (fieldType.equals("string")) {
                    body.put(field, controlText());
                } else if (fieldType.equals("array")) {
                    body.set(field, NODES.arrayNode().add(controlText()));
                } else {
                    body.put(fields.contains("fullName") ? "fullName" : field, controlText());
                }
                req.invalid("control-character");
            }
            case 8 -> {
                invalidUtf8(req, body, field);
                return;
            }
            case 9 -> {
                if (fieldType.equals("string")) {
                    body.put(field, pick(HOSTILE_TEXT));
                    req.odd("hostile-text");
                } else {
                    body.put(pick(fields), pick(HOSTILE_TEXT));
                    req.odd("hostile-text");
                }
            }
            case 10 -> {
                body.set(field, NODES.nullNode());
                req.odd("null-field");
            }
            default -> {
                body.set(field, validValue(fieldSchema, field, 1));
                req.odd("other-valid-value");
            }
        }
        try {
            req.body = JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void boundaryNumber(ObjectNode body, ObjectNode properties, Req req) {
        // Numbers live in nested objects too (penaltyRiskedMonths, components[].termMonths): find one anywhere.
        List<String[]> numeric = new ArrayList<>();
        properties.fields().forEachRemaining(p -> {
            JsonNode s = deref(p.getValue());
            if (type(s).equals("integer") && !p.getKey().equals("version")) {
                numeric.add(new String[] {p.getKey(), null});
            } else if (type(s).equals("object")) {
                deref(s).path("properties").fields().forEachRemaining(q -> {
                    if (type(deref(q.getValue())).equals("integer")) {
                        numeric.add(new String[] {p.getKey(), q.getKey()});
                    }
                });
            }
        });
        if (numeric.isEmpty()) {
            body.put("version", -1L);
            req.invalid("boundary-number");
            return;
        }
        String[] where = pick(numeric);
        JsonNode schema = deref(where[1] == null ? properties.get(where[0]) : deref(properties.get(where[0])).path("properties").get(where[1]));
        List<JsonNode> invalid = new ArrayList<>(List.of(NODES.numberNode(new BigInteger("123456789012345678901234567890")),
                NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(1.5), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(-2147483649L)));
        if (schema.has("minimum")) {
            invalid.add(NODES.numberNode(schema.get("minimum").asLong() - 1));
        }
        if (schema.has("maximum")) {
            invalid.add(NODES.numberNode(schema.get("maximum").asLong() + 1));
        }
        boolean edge = chance(0.3) && schema.has("minimum") && schema.has("maximum");
        JsonNode value = edge ? NODES.numberNode(chance(0.5) ? schema.get("minimum").asLong() : schema.get("maximum").asLong()) : pick(invalid);
        if (where[1] == null) {
            body.set(where[0], value);
        } else {
            ObjectNode holder = body.get(where[0]) instanceof ObjectNode o ? o : body.putObject(where[0]);
            holder.set(where[1], value);
        }
        if (edge) {
            req.odd("edge-number");
        } else {
            req.invalid("boundary-number");
        }
    }

    private void invalidUtf8(Req req, ObjectNode body, String field) {
        String marker = "\uE000MARK\uE000";
        body.put(field, marker);
        if (!body.has(field)) {
            body.put("fullName", marker);
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        byte[] markerBytes = marker.getBytes(StandardCharsets.UTF_8);
        byte[] bad = pick(List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = indexOf(bytes, markerBytes);
        out.write(bytes, 0, i);
        out.writeBytes(bad);
        out.write(bytes, i + markerBytes.length, bytes.length - i - markerBytes.length);
        req.body = out.toByteArray();
        req.invalid("invalid-utf8");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("marker not found");
    }

    private static String encodeSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- sending and checking ----

    private String exchange(int n, long seed, Req req, String before) throws Exception {
        StringBuilder url = new StringBuilder(base).append(req.path);
        for (int i = 0; i < req.query.size(); i++) {
            String[] q = req.query.get(i);
            url.append(i == 0 ? '?' : '&').append(encodeSegment(q[0])).append('=').append(encodeSegment(q[1]));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(30));
        // As the first admin, so that every operation can succeed; unknown tokens are one of the generated faults.
        req.headers.putIfAbsent("Authorization", "Bearer " + Api.ADMIN_TOKEN);
        req.headers.forEach((name, value) -> {
            try {
                builder.header(name, value);
            } catch (IllegalArgumentException e) {
                req.kind = req.kind + "(header " + name + " not sendable)";
            }
        });
        builder.method(req.op.method(), req.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(req.body));
        HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        statuses.computeIfAbsent(req.op.id(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        kinds.merge(req.kind, 1, Integer::sum);
        String after = fingerprint();

        List<String> problems = check(req, response);
        if (status >= 400 && !after.equals(before)) {
            problems.add("a refused request changed the database: " + before + " -> " + after);
        }
        if (req.mustFail && status < 400) {
            problems.add("an invalid request (" + req.kind + ") was accepted");
        }
        if (!problems.isEmpty()) {
            report(n, seed, req, url.toString(), response, problems);
        }
        if (status == 204) {
            itemsCache.clear();
        }
        if (status == 200 && response.body().length > 0 && req.op.method().equals("GET")) {
            try {
                JsonNode page = JSON.readTree(response.body());
                if (page.path("nextCursor").isTextual()) {
                    cursors.put(req.op.id(), page.get("nextCursor").asText());
                }
            } catch (Exception ignored) {
                // the check has reported it
            }
        }
        return after;
    }

    private List<String> check(Req req, HttpResponse<byte[]> response) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        if (status >= 500) {
            problems.add("server error " + status);
        }
        JsonNode documented = req.op.node().path("responses").path(Integer.toString(status));
        if (documented.isMissingNode()) {
            documented = req.op.node().path("responses").path("default");
        }
        if (documented.isMissingNode()) {
            problems.add("status " + status + " is not documented for " + req.op.id());
            return problems;
        }
        JsonNode spec = deref(documented);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";")[0].trim().toLowerCase();
        JsonNode content = spec.path("content");
        if (content.isEmpty()) {
            if (response.body().length > 0) {
                problems.add("status " + status + " documents no body, got " + response.body().length + " bytes");
            }
        } else if (!content.has(mediaType)) {
            problems.add("content type '" + contentType + "' is not documented for " + status + " (" + iterable(content.fieldNames()) + ")");
        } else if (mediaType.equals("application/x-ndjson")) {
            // a stream of JSON objects, one per line
            String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                try {
                    if (!line.isEmpty() && !JSON.readTree(line).isObject()) {
                        problems.add("NDJSON line is not an object: " + line);
                    }
                } catch (Exception e) {
                    problems.add("NDJSON line is not JSON: " + e.getMessage());
                }
            }
        } else if (mediaType.equals("text/csv")) {
            String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            if (!text.endsWith("\r\n") || !text.startsWith("id,")) {
                problems.add("CSV does not start with its header row or end with CRLF");
            }
        } else {
            try {
                JsonNode body = JSON.readTree(response.body());
                Set<ValidationMessage> errors = validator(content.get(mediaType).path("schema")).validate(body);
                if (!errors.isEmpty()) {
                    problems.add("body does not match the schema: " + errors.stream().limit(5).map(ValidationMessage::getMessage).toList());
                }
                if (mediaType.equals("application/problem+json") && body.path("status").asInt() != status) {
                    problems.add("problem status " + body.path("status") + " differs from the HTTP status " + status);
                }
            } catch (Exception e) {
                problems.add("body is not JSON: " + e.getMessage());
            }
        }
        spec.path("headers").fieldNames().forEachRemaining(header -> {
            // Link, Retry-After and Idempotent-Replayed are documented where they can appear, not on every answer.
            if (!header.equals("Link") && !header.equals("Retry-After") && !header.equals("Idempotent-Replayed")
                    && response.headers().firstValue(header).isEmpty()) {
                problems.add("documented header " + header + " is missing");
            }
        });
        return problems;
    }

    private static String iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return String.join(", ", list);
    }

    private JsonSchema validator(JsonNode schema) {
        return validators.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = schema.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", doc.get("components"));
            return schemaFactory.getSchema(root);
        });
    }

    private void report(int n, long seed, Req req, String url, HttpResponse<byte[]> response, List<String> problems) {
        String key = req.op.id() + " " + response.statusCode() + " " + req.kind + " " + problems.get(0).replaceAll("[0-9a-f-]{36}", "");
        if (!failureKeys.add(key.length() > 200 ? key.substring(0, 200) : key) || failures.size() >= MAX_REPORTED) {
            return;
        }
        String body = req.body == null ? "" : new String(req.body, StandardCharsets.UTF_8);
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        String text = String.format("#%d (seed %d) %s %s [%s]%n    headers %s%n    body %s%n    -> %d %s%n    %s",
                n, seed, req.op.method(), abbreviate(url, 300), req.kind, req.headers, abbreviate(body, 400), response.statusCode(),
                abbreviate(answer, 400), String.join("; ", problems));
        failures.add(text);
        System.out.println("contract fuzz: " + text);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    // ---- the database state a refused request must leave alone ----

    private void prepareFingerprint() throws Exception {
        List<String> parts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            Map<String, Boolean> tables = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("select lower(table_name) from information_schema.tables "
                    + "where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")) {
                while (rs.next()) {
                    tables.put(rs.getString(1), false);
                }
            }
            try (ResultSet rs = s.executeQuery("select lower(table_name) from information_schema.columns "
                    + "where lower(table_schema) = 'public' and lower(column_name) = 'version'")) {
                while (rs.next()) {
                    tables.computeIfPresent(rs.getString(1), (k, v) -> true);
                }
            }
            tables.remove("flyway_schema_history");
            tables.forEach((table, versioned) -> parts.add("select '" + table + "' as t, count(*) as n, "
                    + (versioned ? "coalesce(sum(version), 0)" : "0") + " as v from " + table));
        }
        assertThat(parts).as("tables to watch").isNotEmpty();
        fingerprintSql = "select * from (" + String.join(" union all ", parts) + ") t order by 1";
    }

    private String fingerprint() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(fingerprintSql)) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('=').append(rs.getLong(2)).append('/').append(rs.getLong(3)).append(' ');
            }
        }
        return out.toString().trim();
    }
}
