package org.rightsregistry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.Fixtures;

/**
 * An import writes its records in batches (records, revisions and search keys at checkpoints of many lines): what it
 * leaves behind must be exactly what the same writes one by one leave — versions, patches, reasons and order in
 * history, search keys, references to records of the same file across checkpoints and chunks, a record written twice.
 */
@QuarkusTest
class ImportBatchTest {

    @Inject
    SessionFactory sessionFactory;

    /** More than a checkpoint's worth of groups, so that references cross checkpoints. */
    private static final int GROUPS = 2 * ImportService.CHECKPOINT + 7;

    private static Response post(String body, String query) {
        return Api.plain().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import" + query);
    }

    private static String line(String type, String record) {
        return "{\"type\":\"" + type + "\",\"record\":" + record + "}\n";
    }

    /** A file of persons, each with a case, a party and a charge; every group's name carries the marker. */
    private static String file(String marker, List<String> persons, List<String> cases) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            String person = UUID.randomUUID().toString();
            String courtCase = UUID.randomUUID().toString();
            persons.add(person);
            cases.add(courtCase);
            body.append(line("charges", "{\"caseId\":\"" + courtCase + "\",\"personId\":\"" + person + "\",\"law\":\"KZ-CC-2014\","
                    + "\"article\":\"174\"}"));
            body.append(line("persons", "{\"id\":\"" + person + "\",\"fullName\":\"Invented " + marker + " Person " + i + "\"}"));
            body.append(line("parties", "{\"caseId\":\"" + courtCase + "\",\"personId\":\"" + person + "\",\"role\":\"DEFENDANT\"}"));
            body.append(line("cases", "{\"id\":\"" + courtCase + "\",\"title\":\"Invented " + marker + " case " + i + "\",\"country\":\"KZ\"}"));
        }
        return body.toString();
    }

    @Test
    void shouldLeaveWhatTheSameWritesOneByOneLeaveAcrossCheckpoints() {
        String marker = "Qzbatch" + UUID.randomUUID().toString().substring(0, 6);
        List<String> persons = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        String since = Api.feedHead();
        String twice = UUID.randomUUID().toString();
        String body = line("persons", "{\"id\":\"" + twice + "\",\"fullName\":\"Invented " + marker + " First\",\"region\":\"Almaty\"}")
                + file(marker, persons, cases)
                + line("persons", "{\"fullName\":\"\"}")
                + line("persons", "{\"id\":\"" + twice + "\",\"fullName\":\"Invented " + marker + " Second\"}");
        int lines = 4 * GROUPS + 3;
        post(body, "").then()
                .statusCode(200)
                .body("lines", is(lines)).body("created", is(4 * GROUPS + 1)).body("updated", is(1)).body("unchanged", is(0))
                .body("rejected", is(1)).body("errors[0].line", is(lines - 1)).body("errors[0].errors[0].field", is("fullName"));

        // the record written twice: two revisions, the second a patch against the first, each with its own line
        JsonPath history = Api.json().get("/api/v1/persons/" + twice + "/history").then().statusCode(200)
                .body("total", is(2))
                .body("items.version", contains(1, 2))
                .body("items.operation", contains("CREATE", "UPDATE"))
                .body("items.reason", contains("Import, line 1", "Import, line " + lines))
                .extract().jsonPath();
        assertThat(history.getList("items[1].patch", Map.class)).containsExactlyInAnyOrder(
                Map.of("op", "replace", "path", "/fullName", "value", "Invented " + marker + " Second"),
                Map.of("op", "remove", "path", "/region"));
        Api.json().get("/api/v1/persons/" + twice).then().statusCode(200).body("version", is(2))
                .body("fullName", is("Invented " + marker + " Second"));

        // every case: created, then a new version with its party, as the API's own writes leave it
        for (int i : new int[] {0, ImportService.CHECKPOINT, GROUPS - 1}) {
            Api.json().get("/api/v1/cases/" + cases.get(i) + "/history").then().statusCode(200)
                    .body("items.version", contains(1, 2))
                    .body("items.operation", contains("CREATE", "UPDATE"))
                    .body("items[1].patch[0].path", is("/parties"))
                    .body("items[1].patch[0].value[0].personId", is(persons.get(i)));
            Api.json().queryParam("caseId", cases.get(i)).get("/api/v1/charges").then().statusCode(200)
                    .body("total", is(1)).body("items[0].personId", is(persons.get(i)));
        }

        // the change feed holds every revision once: persons, cases twice each, charges, the person written twice
        List<String> changes = Api.changesSince(since);
        assertThat(changes).doesNotHaveDuplicates();
        assertThat(changes.stream().filter(c -> persons.stream().anyMatch(c::contains) || cases.stream().anyMatch(c::contains)
                || c.contains(twice)).count()).isEqualTo(3L * GROUPS + 2);
        assertThat(changes).contains("cases/" + cases.get(0) + "@1", "cases/" + cases.get(0) + "@2", "persons/" + twice + "@2");
        assertThat(changes.indexOf("cases/" + cases.get(0) + "@1")).isLessThan(changes.indexOf("cases/" + cases.get(0) + "@2"));

        // search keys were written for every person, across checkpoints
        Api.json().queryParam("q", marker).queryParam("type", "PERSON").queryParam("limit", 5).get("/api/v1/search").then()
                .statusCode(200).body("total", is(GROUPS + 1));
        Api.json().queryParam("q", marker + " Person " + (GROUPS - 1)).queryParam("type", "PERSON").get("/api/v1/search").then()
                .statusCode(200).body("items[0].id", is(persons.get(GROUPS - 1)));
    }

    @Test
    void shouldImportManyCheckpointsAtomicallyAndChangeNothingTheSecondTime() {
        String marker = "Qzatomic" + UUID.randomUUID().toString().substring(0, 6);
        List<String> persons = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        String body = file(marker, persons, cases);
        post(body, "?atomic=true").then().statusCode(200)
                .body("committed", is(true)).body("created", is(4 * GROUPS)).body("rejected", is(0));
        post(body, "?atomic=true").then().statusCode(200)
                .body("committed", is(true)).body("created", is(GROUPS)).body("unchanged", is(3 * GROUPS));
        Api.json().queryParam("personId", persons.get(GROUPS - 1)).get("/api/v1/charges").then().statusCode(200).body("total", is(2));
    }

    /**
     * The search keys of several records changed in one group are replaced together (one delete per key table): the
     * old words find none of them, the new words find each, for persons and for the types whose keys share a table.
     */
    @Test
    void shouldReplaceTheSearchKeysOfEveryRecordChangedInOneGroup() {
        String marker = "Qzkeys" + UUID.randomUUID().toString().substring(0, 6);
        int count = 5;
        List<String> persons = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        StringBuilder created = new StringBuilder();
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < count; i++) {
            persons.add(UUID.randomUUID().toString());
            sources.add(UUID.randomUUID().toString());
            created.append(line("persons", "{\"id\":\"" + persons.get(i) + "\",\"fullName\":\"" + marker + " Oldname\"}"));
            created.append(line("sources", "{\"id\":\"" + sources.get(i) + "\",\"title\":\"" + marker
                    + " Oldtitle\",\"type\":\"NGO_REPORT\"}"));
            changed.append(line("persons", "{\"id\":\"" + persons.get(i) + "\",\"version\":1,\"fullName\":\"" + marker + " Newname\"}"));
            changed.append(line("sources", "{\"id\":\"" + sources.get(i) + "\",\"version\":1,\"title\":\"" + marker
                    + " Newtitle\",\"type\":\"NGO_REPORT\"}"));
        }
        post(created.toString(), "").then().statusCode(200).body("created", is(2 * count)).body("rejected", is(0));
        post(changed.toString(), "").then().statusCode(200).body("updated", is(2 * count)).body("rejected", is(0));

        for (String[] query : new String[][] {{"Oldname", "PERSON"}, {"Oldtitle", "SOURCE"}}) {
            Api.json().queryParam("q", marker + " " + query[0]).queryParam("type", query[1]).get("/api/v1/search").then()
                    .statusCode(200).body("total", is(0));
        }
        List<String> foundPersons = Api.json().queryParam("q", marker + " Newname").queryParam("type", "PERSON").get("/api/v1/search")
                .then().statusCode(200).body("total", is(count)).extract().jsonPath().getList("items.id", String.class);
        assertThat(foundPersons).containsExactlyInAnyOrderElementsOf(persons);
        List<String> foundSources = Api.json().queryParam("q", marker + " Newtitle").queryParam("type", "SOURCE").get("/api/v1/search")
                .then().statusCode(200).body("total", is(count)).extract().jsonPath().getList("items.id", String.class);
        assertThat(foundSources).containsExactlyInAnyOrderElementsOf(sources);
    }

    /**
     * What an import reads it reads for a group of lines at a time (which ids are new, what they point at, the cases whose
     * parties change with their parties and latest revisions): a few reads per group, none per line. Reads are
     * Hibernate's queries plus the records and collections it fetched on its own.
     */
    @Test
    void shouldReadForEachGroupOfLinesNotForEachLine() {
        long once = reads(file("Qzreads" + UUID.randomUUID().toString().substring(0, 6), new ArrayList<>(), new ArrayList<>()));
        long twice = reads(file("Qzreads" + UUID.randomUUID().toString().substring(0, 6), new ArrayList<>(), new ArrayList<>())
                + file("Qzreads" + UUID.randomUUID().toString().substring(0, 6), new ArrayList<>(), new ArrayList<>()));
        int lines = 4 * GROUPS;
        int groups = (lines + ImportService.CHECKPOINT - 1) / ImportService.CHECKPOINT;
        // a group reads which ids are new, their history, what they point at, and for parties their cases (3 collections)
        // with the cases' parties and latest revisions: at most 8 queries, whatever its 50 lines hold
        assertThat(once).as("reads for %d lines in %d groups", lines, groups).isLessThanOrEqualTo(8L * groups);
        assertThat(twice).as("reads for %d lines in %d groups", 2 * lines, 2 * groups).isLessThanOrEqualTo(8L * 2 * groups);
    }

    private long reads(String body) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        post(body, "").then().statusCode(200).body("rejected", is(0));
        return statistics.getQueryExecutionCount() + statistics.getEntityFetchCount() + statistics.getCollectionFetchCount();
    }

    /**
     * Parties the batch knows of without a query must be exactly those stored: one file adding two parties to a case
     * that has one, changing the role of the one it had, repeating one it added, and charging a party it added.
     */
    @Test
    void shouldKeepACasesPartiesAsStoredWhenOneFileChangesThemSeveralTimes() {
        String courtCase = Fixtures.aCase().create();
        String[] persons = new String[3];
        for (int i = 0; i < persons.length; i++) {
            persons[i] = Fixtures.aPerson().create();
        }
        Fixtures.addParty(courtCase, persons[0], "SUSPECT");
        String party = "{\"caseId\":\"" + courtCase + "\",\"personId\":\"%s\",\"role\":\"%s\"}";
        String body = line("charges", "{\"caseId\":\"" + courtCase + "\",\"personId\":\"" + persons[2] + "\",\"law\":\"KZ-CC-2014\"}")
                + line("parties", party.formatted(persons[1], "DEFENDANT"))
                + line("parties", party.formatted(persons[2], "DEFENDANT"))
                + line("parties", party.formatted(persons[0], "ACCUSED"))
                + line("parties", party.formatted(persons[1], "DEFENDANT"))
                + line("parties", party.formatted(persons[1], "CONVICTED"));
        post(body, "").then().statusCode(200)
                .body("created", is(3)).body("updated", is(2)).body("unchanged", is(1)).body("rejected", is(0));

        Api.json().get("/api/v1/cases/" + courtCase).then().statusCode(200)
                .body("version", is(6))
                .body("parties.personId", contains(persons[0], persons[1], persons[2]))
                .body("parties.role", contains("ACCUSED", "CONVICTED", "DEFENDANT"));
        JsonPath history = Api.json().get("/api/v1/cases/" + courtCase + "/history").then().statusCode(200)
                .body("items.version", contains(1, 2, 3, 4, 5, 6)).extract().jsonPath();
        // each revision's patch is against the one before (a list that changes is replaced whole)
        assertThat(history.getList("items[5].patch", Map.class)).containsExactly(Map.of("op", "replace", "path", "/parties", "value",
                List.of(Map.of("personId", persons[0], "role", "ACCUSED"), Map.of("personId", persons[1], "role", "CONVICTED"),
                        Map.of("personId", persons[2], "role", "DEFENDANT"))));
        assertThat(history.getList("items[4].patch", Map.class)).containsExactly(Map.of("op", "replace", "path", "/parties", "value",
                List.of(Map.of("personId", persons[0], "role", "ACCUSED"), Map.of("personId", persons[1], "role", "DEFENDANT"),
                        Map.of("personId", persons[2], "role", "DEFENDANT"))));
        Api.json().queryParam("caseId", courtCase).get("/api/v1/charges").then().statusCode(200)
                .body("total", is(1)).body("items[0].personId", is(persons[2]));
    }

    /**
     * A type with more lines than a chunk is applied in parts side by side ({@link ImportService#partition}): every line
     * about one record, or about one case's parties and charges, stays in one part and in the file's order, so the
     * result is what one part after the other leaves. Parties of one case far apart in the file, a person written at the
     * start and again at the end, and a rejected line in the middle.
     */
    @Test
    void shouldApplyTypesLargerThanAChunkInPartsWithWhatOneRecordNeedsInOnePart() {
        String marker = "Qzparts" + UUID.randomUUID().toString().substring(0, 6);
        int count = ImportService.CHUNK + 150;
        String since = Api.feedHead();
        String twice = UUID.randomUUID().toString();
        String shared = UUID.randomUUID().toString();
        List<String> persons = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        StringBuilder body = new StringBuilder(line("persons", "{\"id\":\"" + twice + "\",\"fullName\":\"Invented " + marker
                + " Early\"}"));
        body.append(line("cases", "{\"id\":\"" + shared + "\",\"title\":\"Invented " + marker + " shared\",\"country\":\"KZ\"}"));
        for (int i = 0; i < count; i++) {
            persons.add(UUID.randomUUID().toString());
            cases.add(UUID.randomUUID().toString());
            body.append(line("persons", "{\"id\":\"" + persons.get(i) + "\",\"fullName\":\"Invented " + marker + " Person " + i
                    + "\"}"));
            body.append(line("cases", "{\"id\":\"" + cases.get(i) + "\",\"title\":\"Invented " + marker + " case " + i
                    + "\",\"country\":\"KZ\"}"));
            body.append(line("parties", "{\"caseId\":\"" + cases.get(i) + "\",\"personId\":\"" + persons.get(i)
                    + "\",\"role\":\"DEFENDANT\"}"));
            if (i % 200 == 0) {
                body.append(line("parties", "{\"caseId\":\"" + shared + "\",\"personId\":\"" + persons.get(i)
                        + "\",\"role\":\"WITNESS\"}"));
            }
        }
        body.append(line("persons", "{\"fullName\":\"\"}"));
        int rejectedLine = body.toString().split("\n").length;
        body.append(line("persons", "{\"id\":\"" + twice + "\",\"fullName\":\"Invented " + marker + " Late\"}"));
        int sharedParties = (count + 199) / 200;
        int lines = 3 + 3 * count + sharedParties + 1;

        List<ImportService.Line> personLines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            personLines.add(new ImportService.Line(i + 1, "persons", UUID.fromString(persons.get(i)), null, List.of()));
        }
        assertThat(ImportService.partition(personLines)).hasSize(ImportService.WORKERS);

        post(body.toString(), "").then().statusCode(200)
                .body("lines", is(lines)).body("created", is(lines - 2)).body("updated", is(1)).body("unchanged", is(0))
                .body("rejected", is(1)).body("errors[0].line", is(rejectedLine)).body("errors[0].errors[0].field", is("fullName"));

        Api.json().get("/api/v1/persons/" + twice).then().statusCode(200).body("version", is(2))
                .body("fullName", is("Invented " + marker + " Late"));
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= sharedParties + 1; v++) {
            versions.add(v);
        }
        Api.json().get("/api/v1/cases/" + shared).then().statusCode(200).body("version", is(sharedParties + 1))
                .body("parties.size()", is(sharedParties));
        Api.json().queryParam("limit", 100).get("/api/v1/cases/" + shared + "/history").then().statusCode(200)
                .body("items.version", is(versions));
        for (int i : new int[] {0, ImportService.CHUNK, count - 1}) {
            Api.json().get("/api/v1/cases/" + cases.get(i)).then().statusCode(200).body("version", is(2))
                    .body("parties[0].personId", is(persons.get(i)));
        }
        Api.json().queryParam("q", marker + " Person").queryParam("type", "PERSON").queryParam("limit", 1).get("/api/v1/search")
                .then().statusCode(200).body("total", is(count));

        // the feed holds every revision once, each record's in the order of its versions
        List<String> changes = Api.changesSince(since);
        assertThat(changes).doesNotHaveDuplicates();
        assertThat(changes.stream().filter(c -> c.contains(shared)).toList())
                .containsExactlyElementsOf(versions.stream().map(v -> "cases/" + shared + "@" + v).toList());
        assertThat(changes).containsSubsequence("persons/" + twice + "@1", "persons/" + twice + "@2");
        assertThat(changes.stream().filter(c -> c.startsWith("persons/") || c.startsWith("cases/")).count())
                .isEqualTo(2L * count + 2 + count + sharedParties + 1);
    }
}
