package org.rightsregistry.export;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.aToken;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.rightsregistry.common.export.Csv;
import org.rightsregistry.support.Api;

/**
 * CSV imports per type through HTTP: the reverse of the CSV export (every type's export imports back unchanged),
 * quoting, scripts, list and object cells, the report's physical line numbers, refused headers and bodies, access.
 */
@QuarkusTest
class CsvImportTest {

    private static Response post(String type, String body, String query) {
        return post(type, body.getBytes(StandardCharsets.UTF_8), query);
    }

    private static Response post(String type, byte[] body, String query) {
        return Api.plain().contentType("text/csv; charset=UTF-8").body(body).post("/api/v1/import/" + type + query);
    }

    private static String export(String type, String filter, String value) {
        return Api.plain().queryParam("format", "csv").queryParam(filter, value).get("/api/v1/" + type).then()
                .statusCode(200).extract().asString();
    }

    private static Map<String, Object> item(Object... fieldsAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            item.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return item;
    }

    @Test
    void shouldCreatePersonsFromCsvWithScriptsQuotesLineBreaksFormulasAndLists() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String csv = "\uFEFFid,fullName,names,birthDate,citizenships,roles,occupation,summary,region,createdAt\r\n"
                + first + ",Жанар Ахметова,\"Жанар Ахметова (kk, Cyrl, NATIVE); Zhanar Akhmetova (en, Latn, TRANSLITERATION); "
                + "Жанар (Cyrl, ALIAS)\",1979-04,KZ; RU,JOURNALIST; ACTIVIST,\"'=HYPERLINK(\"\"http://x\"\")\",\"Wrote \"\"Ақ жол\"\", "
                + "then:\r\nsecond line, with a comma\",'-Almaty,2020-01-01T00:00:00Z\r\n"
                + second + ",Ерлан Сейітқали,,,,,,'@SUM(A1),Шымкент,\n";
        post("persons", csv, "").then()
                .statusCode(200)
                .contentType("application/json")
                .body("atomic", is(false)).body("committed", is(true)).body("lines", is(2)).body("created", is(2))
                .body("updated", is(0)).body("unchanged", is(0)).body("rejected", is(0)).body("errors", empty());
        Api.plain().get("/api/v1/persons/" + first).then()
                .statusCode(200)
                .body("fullName", is("Жанар Ахметова"))
                .body("names.name", contains("Жанар Ахметова", "Zhanar Akhmetova", "Жанар"))
                .body("names.lang", contains("kk", "en", null))
                .body("names.script", contains("Cyrl", "Latn", "Cyrl"))
                .body("names.kind", contains("NATIVE", "TRANSLITERATION", "ALIAS"))
                .body("birthDate", is("1979-04"))
                .body("citizenships", contains("KZ", "RU"))
                .body("roles", contains("ACTIVIST", "JOURNALIST"))
                .body("occupation", is("=HYPERLINK(\"http://x\")"))
                .body("summary", is("Wrote \"Ақ жол\", then:\r\nsecond line, with a comma"))
                .body("region", is("-Almaty"))
                .body("gender", nullValue())
                .body("citations", empty());
        Api.plain().get("/api/v1/persons/" + second).then()
                .statusCode(200)
                .body("fullName", is("Ерлан Сейітқали"))
                .body("names", empty())
                .body("citizenships", empty())
                .body("summary", is("@SUM(A1)"))
                .body("region", is("Шымкент"));
        Api.plain().get("/api/v1/persons/" + first + "/history").then().body("items[0].reason", is("Import, line 2"));
        Api.plain().get("/api/v1/persons/" + second + "/history").then().body("items[0].reason", is("Import, line 4"));
    }

    /** Records of every type that fill most fields, in one case; returns the ids of the case and of one of its persons. */
    private static String[] everyTypeWithManyFields(String marker) {
        String report = aSource().with("title", "Invented report " + marker).with("type", "NGO_REPORT")
                .with("publisher", "Invented Monitoring Group " + marker).with("author", "Dana Omarova").with("publishedOn", "2021-11")
                .with("url", "https://example.org/reports/" + marker).with("archiveUrl", "https://archive.example.org/" + marker)
                .with("language", "ru").with("reliability", "HIGH").create();
        String article = aSource().with("title", "=Invented, \"quoted\" article " + marker).with("type", "NEWS_ARTICLE")
                .with("publisher", "Invented Monitoring Group " + marker).with("visibility", "RESTRICTED").create();
        Map<String, Object> cited = item("sourceId", report);
        String person = aPerson().with("fullName", "Жанар Ахметова").with("visibility", "RESTRICTED")
                .withList("names", item("name", "Жанар Ахметова", "lang", "kk", "script", "Cyrl", "kind", "NATIVE"),
                        item("name", "Zhanar Akhmetova", "lang", "en", "script", "Latn", "kind", "TRANSLITERATION"),
                        item("name", "Жанар", "script", "Cyrl", "kind", "ALIAS"), item("name", "Zhanara"))
                .with("gender", "FEMALE").with("birthDate", "1979-04-17").withList("citizenships", "KZ", "RU")
                .with("residenceCountry", "BE").with("region", "-Almaty").with("occupation", "schoolteacher; poet")
                .withList("roles", "JOURNALIST", "ACTIVIST").with("status", "PRE_TRIAL_DETENTION").with("statusSince", "2021-03~")
                .with("summary", "Wrote \"Ақ жол\", then:\nsecond line, with a comma").with("safetyNotes", "+7 777 000 00 00")
                .withList("citations", cited, item("sourceId", article)).create();
        String other = aPerson().with("fullName", "Ерлан Сейітқали").with("gender", "MALE").with("deathDate", "2022-02~")
                .with("status", "DECEASED").with("deathCircumstance", "IN_PRE_TRIAL_CUSTODY").create();
        String caseId = aCase().with("title", "Prosecution of invented bloggers, \"Ақ жол\" " + marker)
                .withList("caseNumbers", item("number", "1975-0012-00/2021", "kind", "FIRST_INSTANCE",
                                "authority", "Specialised Inter-District Criminal Court, Almaty"),
                        item("number", "2-145/2021", "authority", "Almaty City Court"), item("number", "11-7/2022"))
                .with("kind", "CRIMINAL").with("stage", "APPEAL").withList("themes", "EXPRESSION", "JOURNALISM")
                .with("openedOn", "2021-03").with("closedOn", "2022?").with("summary", "@invented summary")
                .withList("citations", cited).create();
        addParty(caseId, person, "DEFENDANT");
        addParty(caseId, other, "DEFENDANT");
        String charge = aCharge(caseId, person).with("article", "405(2)").with("articleText", "ч.2 ст.405 УК РК")
                .with("description", "reposted a video, twice").with("filedOn", "2021-03-15").with("status", "CONVICTED")
                .with("penaltyRiskedMonths", item("min", 0, "max", 84)).withList("citations", cited).create();
        String second = aCharge(caseId, person).with("law", "KZ-CC-2014").with("article", "174(1)")
                .with("penaltyRiskedMonths", item("max", 120)).create();
        aCharge(caseId, other).with("status", "DROPPED").create();
        String sentence = aSentence(caseId, person).withList("chargeIds", charge, second).with("court", "Almaty District Court, No. 2")
                .with("instance", "FIRST_INSTANCE").with("verdict", "GUILTY")
                .withList("components", item("type", "IMPRISONMENT", "termMonths", 72, "regime", "MEDIUM"),
                        item("type", "RESTRICTED_FREEDOM", "termMonths", 36, "suspended", true, "probationMonths", 24),
                        item("type", "FINE", "amount", 1500000, "currency", "KZT"),
                        item("type", "ACTIVITY_BAN", "termMonths", 60, "banScope", "public activities, journalism and blogging"))
                .with("startsOn", "2021-03-15").withList("citations", cited).create();
        String onAppeal = aSentence(caseId, person).withList("chargeIds", charge).with("court", "Almaty City Court")
                .with("instance", "APPEAL").with("decidedOn", "2021-12-07").with("verdict", "GUILTY")
                .withList("components", item("type", "IMPRISONMENT", "termMonths", 60, "regime", "MEDIUM")).with("status", "IN_FORCE")
                .create();
        anAppeal(sentence).with("filedBy", "DEFENCE").with("level", "APPEAL").with("body", "Almaty City Court, appellate board")
                .with("filedOn", "2021-10-01").with("decidedOn", "2021-12-07").with("status", "DECIDED").with("outcome", "REDUCED")
                .with("resultingSentenceId", onAppeal).withList("citations", cited).create();
        anAppeal(onAppeal).with("filedBy", "DEFENCE").with("level", "INTERNATIONAL_BODY").with("body", "UN WGAD")
                .with("filedOn", "2022").with("status", "PENDING").create();
        return new String[] {caseId, person};
    }

    @Test
    void shouldImportEveryTypesCsvExportBackUnchanged() {
        String marker = unique("csv-round-trip");
        String[] ids = everyTypeWithManyFields(marker);
        String caseId = ids[0];
        Map<String, String[]> filters = new LinkedHashMap<>();
        filters.put("sources", new String[] {"publisher", "Invented Monitoring Group " + marker});
        filters.put("persons", new String[] {"caseId", caseId});
        filters.put("cases", new String[] {"personId", ids[1]});
        filters.put("charges", new String[] {"caseId", caseId});
        filters.put("sentences", new String[] {"caseId", caseId});
        filters.put("appeals", new String[] {"caseId", caseId});
        Map<String, Integer> expected = Map.of("sources", 2, "persons", 2, "cases", 1, "charges", 3, "sentences", 2, "appeals", 2);
        filters.forEach((type, filter) -> {
            String before = export(type, filter[0], filter[1]);
            post(type, before, "?atomic=true").then()
                    .statusCode(200)
                    .body("lines", is(expected.get(type))).body("unchanged", is(expected.get(type)))
                    .body("created", is(0)).body("updated", is(0)).body("rejected", is(0)).body("errors", empty());
            assertEquals(before, export(type, filter[0], filter[1]), type);
            if (type.equals("sentences")) {
                // amounts as a spreadsheet reads them, not in scientific notation
                org.assertj.core.api.Assertions.assertThat(before).contains("FINE (1500000.00, KZT)").doesNotContain("E+");
            }
        });
    }

    @Test
    void shouldWriteEveryCellOfEveryTypeAsTheJsonListHasIt() throws IOException {
        String marker = unique("csv-cells");
        String[] ids = everyTypeWithManyFields(marker);
        Map<String, String[]> filters = new LinkedHashMap<>();
        filters.put("sources", new String[] {"publisher", "Invented Monitoring Group " + marker});
        filters.put("persons", new String[] {"caseId", ids[0]});
        filters.put("cases", new String[] {"personId", ids[1]});
        filters.put("charges", new String[] {"caseId", ids[0]});
        filters.put("sentences", new String[] {"caseId", ids[0]});
        filters.put("appeals", new String[] {"caseId", ids[0]});
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        for (Map.Entry<String, String[]> filter : filters.entrySet()) {
            String type = filter.getKey();
            JsonNode items = json.readTree(Api.plain().queryParam(filter.getValue()[0], filter.getValue()[1])
                    .get("/api/v1/" + type).then().statusCode(200).extract().asString()).get("items");
            CsvRows rows = new CsvRows(new StringReader(export(type, filter.getValue()[0], filter.getValue()[1])), 1000);
            List<String> header = rows.next().cells();
            int row = 0;
            for (CsvRows.Row next = rows.next(); next != null; next = rows.next(), row++) {
                for (int column = 0; column < header.size(); column++) {
                    assertEquals(JsonCell.of(items.get(row), header.get(column)), Csv.unneutralised(next.cells().get(column)),
                            type + " row " + (row + 1) + " column " + header.get(column));
                }
            }
            assertEquals(items.size(), row, type);
            List<JsonNode> records = new ArrayList<>();
            items.forEach(records::add);
            assertEquals(List.of(), header.stream()
                    .filter(c -> records.stream().allMatch(r -> r.at("/" + c.replace(".", "/")).isMissingNode())).toList(),
                    type + ": columns that are no field of the JSON");
        }
    }

    /**
     * What a CSV cell holds, read from the record's JSON as the export documents it: a list's items joined by "; ", an
     * object item as its first field with the others in parentheses, a citation as its source id or "withheld", an
     * amount in plain notation with two decimals at least.
     */
    private static final class JsonCell {

        static String of(JsonNode record, String column) {
            JsonNode node = record.at("/" + column.replace(".", "/"));
            if (node.isMissingNode() || node.isNull()) {
                return "";
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(column.equals("citations")
                        ? item.path("withheld").asBoolean(false) ? "withheld" : item.path("sourceId").asText() : item(item)));
                return String.join("; ", items);
            }
            return node.isObject() ? item(node) : text(node);
        }

        private static String text(JsonNode value) {
            if (value.isBigDecimal()) {
                BigDecimal decimal = value.decimalValue();
                return decimal.setScale(Math.max(2, decimal.scale())).toPlainString();
            }
            return value.asText();
        }

        private static String item(JsonNode item) {
            if (!item.isObject()) {
                return text(item);
            }
            List<String> values = new ArrayList<>();
            item.elements().forEachRemaining(value -> {
                if (!value.isNull()) {
                    values.add(value.isContainerNode() ? value.toString() : text(value));
                }
            });
            if (values.isEmpty()) {
                return "";
            }
            return values.size() == 1 ? values.get(0) : values.get(0) + " (" + String.join(", ", values.subList(1, values.size())) + ")";
        }
    }

    @Test
    void shouldReportEveryRejectedRowByItsPhysicalLineAndKeepTheGoodOnes() {
        String good = UUID.randomUUID().toString();
        String wrapped = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        String csv = "id,fullName,birthDate,version,names,summary\r\n"
                + good + ",Invented Good Row,,,,\r\n"
                + bad + ",,1984-13-01,,,\r\n"
                + wrapped + ",Invented Wrapped Row,,,,\"first line\r\nsecond line\"\r\n"
                + ",Invented Bad Version,,abc,,\r\n"
                + ",Invented Short Row\r\n"
                + "\r\n"
                + ",Invented Odd Name,,,\"Айгерім (kk, Cyrl, NATIVE, spare)\",\r\n"
                + ",\"Invented\" Quote,,,,\r\n"
                + ",Invented Last Row,,,,\r\n";
        post("persons", csv, "").then()
                .statusCode(200)
                .body("lines", is(8)).body("created", is(3)).body("rejected", is(5))
                .body("errors.line", contains(3, 6, 7, 9, 10))
                .body("errors[0].type", is("persons"))
                .body("errors[0].id", is(bad))
                .body("errors[0].errors.field", contains("birthDate", "fullName"))
                .body("errors[1].id", nullValue())
                .body("errors[1].errors[0].field", is("version"))
                .body("errors[2].errors[0].field", is("row"))
                .body("errors[2].errors[0].message", is("has 2 cells where the header has 6"))
                .body("errors[3].errors[0].field", is("names[0]"))
                .body("errors[3].errors[0].message", is("cannot be read as name (lang, script, kind): `spare` fits no field after kind"))
                .body("errors[4].errors[0].field", is("row"))
                .body("errors[4].errors[0].message", is("cell 2 has text after its closing quote (a quote inside a quoted cell is "
                        + "written twice)"));
        Api.plain().get("/api/v1/persons/" + good).then().statusCode(200).body("fullName", is("Invented Good Row"));
        Api.plain().get("/api/v1/persons/" + wrapped).then().statusCode(200).body("summary", is("first line\r\nsecond line"));
        Api.plain().get("/api/v1/persons/" + bad).then().statusCode(404);
    }

    @Test
    void shouldImportAllOrNothingWhenAtomic() {
        String first = UUID.randomUUID().toString();
        String csv = "id,fullName\r\n" + first + ",Invented Atomic Row\r\n,\"  \"\r\n";
        post("persons", csv, "?atomic=true").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/domain-rule"))
                .body("status", is(422))
                .body("detail", is("1 of 2 lines were rejected; nothing was imported"))
                .body("errors[0].field", is("line 3: fullName"))
                .body("errors[0].message", is("must not be blank"));
        Api.plain().get("/api/v1/persons/" + first).then().statusCode(404);
        post("persons", csv, "?atomic=false").then().statusCode(200).body("created", is(1)).body("rejected", is(1));
        Api.plain().get("/api/v1/persons/" + first).then().statusCode(200);
        post("persons", csv, "?atomic=maybe").then().statusCode(400).body("errors[0].field", is("atomic"));
    }

    @Test
    void shouldRefuseAHeaderWithUnknownOrRepeatedColumnsAndImportNothing() {
        String id = UUID.randomUUID().toString();
        post("persons", "id,fullName,shoeSize,fullName,\r\n" + id + ",Invented Header,44,Invented,\r\n", "").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("detail", startsWith("The header must name columns of the persons export, each once: id, version, createdAt,"))
                .body("errors.field", contains("shoeSize", "fullName", "column 5"))
                .body("errors.message", contains("is not a column of the persons export", "is in the header more than once",
                        "is not a column of the persons export"));
        Api.plain().get("/api/v1/persons/" + id).then().statusCode(404);
        // a column of another type's export
        post("sources", "title,fullName\r\nInvented,Invented\r\n", "").then().statusCode(400).body("errors[0].field", is("fullName"));
        post("persons", "", "").then().statusCode(400).body("errors[0].field", is("line 1"))
                .body("errors[0].message", is("the body is empty: its first row names the columns"));
        // a header alone imports nothing, and is no error
        post("persons", "id,fullName\r\n", "").then().statusCode(200).body("lines", is(0)).body("created", is(0));
    }

    @Test
    void shouldAnswerHostileBodiesWithClientErrors() {
        post("persons", "fullName,summary\r\nInvented Open,\"never closed\r\nmore\r\n", "").then()
                .statusCode(400)
                .body("errors[0].field", is("line 2"))
                .body("errors[0].message", is("a quoted cell starts here and never ends (a closing quote is missing); nothing was "
                        + "imported"));
        post("persons", "\uFEFF", "").then().statusCode(400).body("errors[0].field", is("line 1"));
        byte[] cp1251 = "fullName\r\nInvented\r\nЖанар Ахметова\r\n".getBytes(Charset.forName("windows-1251"));
        post("persons", cp1251, "").then().statusCode(400)
                .body("errors[0].field", is("line 3"))
                .body("errors[0].message", is("is not UTF-8 text; save the file as CSV in UTF-8. Nothing was imported"));
        Api.plain().contentType("text/csv; charset=windows-1251").body(cp1251).post("/api/v1/import/persons").then()
                .statusCode(415).contentType("application/problem+json").body("type", is("/problems/unsupported-media-type"));
        Api.plain().contentType("application/json").body("{}").post("/api/v1/import/persons").then().statusCode(415);
        // numbers and booleans that are not: the normal validation's errors, never a 500
        post("charges", "caseId,personId,law,penaltyRiskedMonths.min,version\r\n" + UUID.randomUUID() + "," + UUID.randomUUID()
                + ",KZ-CC-2014,ten,1.5\r\n", "").then()
                .statusCode(200).body("rejected", is(1)).body("errors[0].errors[0].field", startsWith("penaltyRiskedMonths"));
        post("sentences", "caseId,personId,decidedOn,components\r\n" + UUID.randomUUID() + "," + UUID.randomUUID()
                + ",2021,IMPRISONMENT (99999999999999999999; FINE\r\n", "").then().statusCode(200).body("rejected", is(1));
        // SQL and markup are text like any other
        String sql = "Robert'); DROP TABLE person; --";
        String id = UUID.randomUUID().toString();
        post("persons", "id,fullName,summary,names\r\n" + id + "," + sql + ",<script>alert(1)</script>,\"' OR '1'='1 (kk)\"\r\n"
                + "' OR 1=1 --,Invented,,\r\n", "").then()
                .statusCode(200).body("created", is(1)).body("rejected", is(1)).body("errors[0].errors[0].field", is("id"));
        Api.plain().get("/api/v1/persons/" + id).then().statusCode(200).body("fullName", is(sql))
                .body("summary", is("<script>alert(1)</script>")).body("names[0].name", is("' OR '1'='1"));
        // a header of 10 000 columns, a row of 10 000 cells
        String wide = IntStream.range(0, 10_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        post("persons", wide + "\r\n", "").then()
                .statusCode(400)
                .body("errors", hasSize(CsvImport.MAX_HEADER_ERRORS + 1))
                .body("errors[100].field", is("header"))
                .body("errors[100].message", is("has 10000 cells; the persons export has 21 columns"));
        post("persons", "fullName\r\n" + ",".repeat(9_999) + "x\r\n", "").then()
                .statusCode(200).body("rejected", is(1)).body("errors[0].errors[0].message", is("has 10000 cells where the header has 1"));
        // a type that has no CSV import
        post("parties", "personId\r\n", "").then().statusCode(404).contentType("application/problem+json")
                .body("type", is("/problems/not-found"));
        post("prisoners", "id\r\n", "").then().statusCode(404);
    }

    @Test
    void shouldRefuseAWithheldCitationAndReadSourceIds() {
        String source = aSource().create();
        String id = UUID.randomUUID().toString();
        post("persons", "id,fullName,citations\r\n" + id + ",Invented Cited," + source + "\r\n,Invented Withheld," + source
                + "; withheld\r\n", "").then()
                .statusCode(200).body("created", is(1)).body("rejected", is(1))
                .body("errors[0].errors[0].field", is("citations[1]"))
                .body("errors[0].errors[0].message", is("is withheld (a source the export's reader could not see); CSV cannot carry "
                        + "it: leave it out, or import the record as NDJSON"));
        Api.plain().get("/api/v1/persons/" + id).then().body("citations.sourceId", contains(source));
    }

    @Test
    void shouldLetEditorsAndAdminsImportOnly() {
        String editor = aToken("editor");
        String viewer = aToken("viewer");
        byte[] body = "fullName\r\nInvented Editor Row\r\n".getBytes(StandardCharsets.UTF_8);
        RestAssured.given().contentType("text/csv; charset=UTF-8").body(body).post("/api/v1/import/persons").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        Api.as(viewer).contentType("text/csv; charset=UTF-8").body(body).post("/api/v1/import/persons").then()
                .statusCode(403).contentType("application/problem+json");
        Api.as(editor).contentType("text/csv; charset=UTF-8").body(body).post("/api/v1/import/persons").then()
                .statusCode(200).body("created", is(1));
    }

    @Test
    void shouldTakeChunkedBodiesAndBodiesOverTheOrdinaryLimit() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String id = UUID.randomUUID().toString();
        byte[] body = ("id,fullName\r\n" + id + ",Invented Chunked\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port
                        + "/api/v1/import/persons")).header("Authorization", "Bearer " + Api.ADMIN_TOKEN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        Api.plain().get("/api/v1/persons/" + id).then().statusCode(200);
        // 2 MiB (the limit of other bodies is 1 MiB): read, and the over-long summary reported
        String large = "fullName,summary\r\nInvented Large," + "x".repeat(2 << 20) + "\r\n";
        post("persons", large, "").then().statusCode(200).body("rejected", is(1)).body("errors[0].errors[0].field", is("summary"));
    }
}
