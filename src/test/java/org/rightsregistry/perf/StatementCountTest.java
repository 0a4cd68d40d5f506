package org.rightsregistry.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.aSource;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.citation;
import static org.rightsregistry.support.Fixtures.imprisonment;
import static org.rightsregistry.support.Fixtures.inventedSurname;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.Fixtures.Body;

/**
 * No N+1: a page of lists, searches and the dossier costs a fixed number of SQL statements, whatever the records on it
 * and however many related records (names, citizenships, roles, citations, parties, components, charges) each has. Each
 * test compares a page of 2 bare records with a page of 50 records rich in related records, as an admin and as an
 * anonymous caller (whose queries carry the visibility conditions), and states the exact count; so does the create of
 * a record rich in related records.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldListAPageOfPersonsWithAFixedNumberOfStatements() {
        String bare = aCase().create();
        String rich = aCase().create();
        String source = aSource().create();
        for (int i = 0; i < 2; i++) {
            addParty(bare, richPerson(source, "Invented Person " + i), "DEFENDANT");
        }
        for (int i = 0; i < 50; i++) {
            addParty(rich, richPerson(source, "Invented Person " + i), "DEFENDANT");
        }

        long few = statements(Api.json(), "/api/v1/persons?caseId=" + bare + "&limit=50", 2);
        long many = statements(Api.json(), "/api/v1/persons?caseId=" + rich + "&limit=50", 50);
        long anonymous = statements(Api.anonymous(), "/api/v1/persons?caseId=" + rich + "&limit=50", 50);

        assertThat(List.of(few, many, anonymous)).as("statements for 2 and 50 persons, and 50 for an anonymous caller")
                .containsExactly(8L, 8L, 8L);
    }

    @Test
    void shouldCountAListOncePerStateOfTheRegistryAndEachCallerApart() {
        String courtCase = aCase().create();
        addParty(courtCase, aPerson().create(), "DEFENDANT");
        addParty(courtCase, aPerson().with("visibility", "RESTRICTED").create(), "DEFENDANT");
        String path = "/api/v1/persons?caseId=" + courtCase + "&limit=1";

        long first = statements(Api.json(), path, 1);
        Api.json().get(path).then().body("total", is(2));
        long again = statements(Api.json(), path, 1);
        assertThat(again).as("the same list again: its count is kept").isEqualTo(first - 1);
        // another caller sees fewer records: a count of its own, never the admin's
        Api.anonymous().get(path).then().statusCode(200).body("total", is(1));
        Api.anonymous().get(path).then().statusCode(200).body("total", is(1));
        // any change moves the change feed's clock: the next page counts again, and right
        addParty(courtCase, aPerson().create(), "WITNESS");
        Api.json().get(path).then().statusCode(200).body("total", is(3));
        Api.anonymous().get(path).then().statusCode(200).body("total", is(2));
        assertThat(statements(Api.json(), path, 1)).isEqualTo(again);
    }

    @Test
    void shouldAnswerAStatisticOncePerStateOfTheRegistryAndEachCallerApart() {
        String courtCase = aCase().create();
        for (String visibility : List.of("PUBLIC", "RESTRICTED")) {
            String person = aPerson().with("visibility", visibility).create();
            addParty(courtCase, person, "DEFENDANT");
            String charge = aCharge(courtCase, person).create();
            aSentence(courtCase, person).withList("chargeIds", charge).with("verdict", "GUILTY").withList("components", imprisonment(24))
                    .create();
        }
        String path = "/api/v1/stats?count=PERSONS&by=PERSON_STATUS&caseId=" + courtCase;

        sessionFactory.getStatistics().clear();
        Api.json().get(path).then().statusCode(200).body("total", is(2)).body("imprisonment.sentences", is(2));
        long first = sessionFactory.getStatistics().getPrepareStatementCount();
        sessionFactory.getStatistics().clear();
        Api.json().get(path).then().statusCode(200).body("total", is(2)).body("groups[0].count", is(2))
                .body("imprisonment.sentences", is(2)).body("imprisonment.totalMonths", is(48));
        long again = sessionFactory.getStatistics().getPrepareStatementCount();
        // the whole answer is kept (and within it the total, the groups and the two figures of imprisonment): the
        // second reads only the change feed's clock
        assertThat(List.of(first, again)).containsExactly(9L, 1L);
        // another caller sees fewer records: figures of its own, never the admin's
        Api.anonymous().get(path).then().statusCode(200).body("total", is(1)).body("groups[0].count", is(1))
                .body("imprisonment.sentences", is(1)).body("imprisonment.totalMonths", is(24));
        // any change moves the clock: the next statistic reads again, and right
        String person = aPerson().create();
        addParty(courtCase, person, "DEFENDANT");
        aSentence(courtCase, person).with("verdict", "GUILTY").withList("components", imprisonment(12)).create();
        Api.json().get(path).then().statusCode(200).body("total", is(3)).body("groups[0].count", is(3))
                .body("imprisonment.sentences", is(3)).body("imprisonment.totalMonths", is(60));
        Api.anonymous().get(path).then().statusCode(200).body("total", is(2)).body("imprisonment.totalMonths", is(36));
    }

    @Test
    void shouldSearchPersonsWithAFixedNumberOfStatements() {
        String source = aSource().create();
        String rare = inventedSurname();
        String common = inventedSurname();
        for (int i = 0; i < 2; i++) {
            richPerson(source, "Aigerim " + rare);
        }
        for (int i = 0; i < 50; i++) {
            richPerson(source, "Nurlan " + common);
        }

        long few = statements(Api.json(), "/api/v1/persons?q=" + rare + "&limit=50", 2);
        long many = statements(Api.json(), "/api/v1/persons?q=" + common + "&limit=50", 50);
        long typo = statements(Api.anonymous(), "/api/v1/persons?q=" + common.substring(0, common.length() - 1) + "&limit=50", 50);
        long everything = statements(Api.json(), "/api/v1/search?q=" + common + "&limit=50", 50);

        assertThat(List.of(few, many, typo, everything)).as("statements for 2 and 50 hits, 50 with a typo (anonymous), 50 in /search")
                .containsExactly(9L, 9L, 9L, 10L);
    }

    @Test
    void shouldListCasesAndSentencesWithAFixedNumberOfStatements() {
        String person = aPerson().create();
        String source = aSource().create();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String caseId = aCase().withList("caseNumbers", Map.of("number", "1-" + (100 + i) + "/2021"))
                    .withList("themes", "EXPRESSION", "ASSEMBLY").withList("citations", citation(source, null)).create();
            addParty(caseId, person, "DEFENDANT");
            addParty(caseId, aPerson().create(), "WITNESS");
            String charge = aCharge(caseId, person).create();
            aSentence(caseId, person).withList("chargeIds", charge).with("verdict", "GUILTY")
                    .withList("components", imprisonment(24), Map.of("type", "FINE", "amount", 10, "currency", "MRP"))
                    .withList("citations", citation(source, null)).create();
            cases.add(caseId);
        }
        String lonely = aPerson().create();
        String lonelyCase = aCase().withList("caseNumbers", Map.of("number", "1-99/2021")).withList("themes", "EXPRESSION")
                .withList("citations", citation(source, null)).create();
        addParty(lonelyCase, lonely, "DEFENDANT");
        String lonelyCharge = aCharge(lonelyCase, lonely).create();
        aSentence(lonelyCase, lonely).withList("chargeIds", lonelyCharge).with("verdict", "GUILTY").withList("components", imprisonment(12))
                .withList("citations", citation(source, null)).create();

        long fewCases = statements(Api.json(), "/api/v1/cases?personId=" + lonely + "&limit=50", 1);
        long manyCases = statements(Api.json(), "/api/v1/cases?personId=" + person + "&limit=50", 50);
        long fewSentences = statements(Api.json(), "/api/v1/sentences?personId=" + lonely + "&limit=50", 1);
        long manySentences = statements(Api.json(), "/api/v1/sentences?personId=" + person + "&limit=50", 50);
        long anonymousSentences = statements(Api.anonymous(), "/api/v1/sentences?personId=" + person + "&limit=50", 50);

        assertThat(List.of(fewCases, manyCases, fewSentences, manySentences, anonymousSentences))
                .as("statements for 1 and 50 cases, 1 and 50 sentences, 50 sentences for an anonymous caller")
                .containsExactly(8L, 8L, 7L, 7L, 8L);
    }

    @Test
    void shouldBuildADossierOfManyCasesWithAFixedNumberOfStatements() {
        String person = aPerson().create();
        String source = aSource().create();
        String single = aPerson().create();
        addCaseWithEverything(single, source);
        for (int i = 0; i < 10; i++) {
            addCaseWithEverything(person, source);
        }

        long one = dossier(Api.json(), single);
        long ten = dossier(Api.json(), person);
        long anonymous = dossier(Api.anonymous(), person);

        assertThat(List.of(one, ten, anonymous)).as("statements for a dossier of 1 and of 10 cases, and of 10 for an anonymous caller")
                .containsExactly(12L, 12L, 12L);
    }

    private static void addCaseWithEverything(String person, String source) {
        String caseId = aCase().withList("citations", citation(source, null)).create();
        addParty(caseId, person, "DEFENDANT");
        String charge = aCharge(caseId, person).create();
        String sentence = aSentence(caseId, person).withList("chargeIds", charge).with("verdict", "GUILTY")
                .withList("components", imprisonment(12)).create();
        anAppeal(sentence).with("status", "PENDING").create();
    }

    @Test
    void shouldCreateARecordWithAFixedNumberOfStatementsAndLookForEarlierRevisionsOnlyUnderAGivenId() {
        String source = aSource().create();
        richPersonBody(source, "Invented Person Warm").create();
        String given = UUID.randomUUID().toString();

        sessionFactory.getStatistics().clear();
        String generated = richPersonBody(source, "Invented Person Generated").create();
        long withGeneratedId = sessionFactory.getStatistics().getPrepareStatementCount();
        sessionFactory.getStatistics().clear();
        richPersonBody(source, "Invented Person Given").with("id", given).create();
        long withGivenId = sessionFactory.getStatistics().getPrepareStatementCount();

        // a given id may be one whose record was deleted: its existence and its last revision are looked up
        assertThat(List.of(withGeneratedId, withGivenId)).as("statements of a create with a generated id and with a given one")
                .containsExactly(9L, 11L);
        for (String id : List.of(generated, given)) {
            Api.json().get("/api/v1/persons/" + id + "/history").then().statusCode(200).body("total", is(1))
                    .body("items.version", contains(1)).body("items.operation", contains("CREATE"))
                    .body("items[0].patch", hasItem(Map.of("op", "add", "path", "/citizenships", "value", List.of("KZ", "RU"))));
        }
    }

    private String richPerson(String source, String fullName) {
        return richPersonBody(source, fullName).create();
    }

    private Body richPersonBody(String source, String fullName) {
        return aPerson().with("fullName", fullName)
                .withList("names", Map.of("name", "Нұрлан Жақсылықов", "lang", "kk", "script", "Cyrl", "kind", "NATIVE"),
                        Map.of("name", "Nurlan Zhaqsylyqov", "lang", "kk", "script", "Latn", "kind", "TRANSLITERATION"))
                .withList("citizenships", "KZ", "RU").withList("roles", "ACTIVIST", "BLOGGER")
                .withList("citations", citation(source, null), citation(source, "status"));
    }

    private long statements(RequestSpecification caller, String path, int items) {
        sessionFactory.getStatistics().clear();
        caller.get(path).then().statusCode(200).body("items", hasSize(items));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private long dossier(RequestSpecification caller, String person) {
        sessionFactory.getStatistics().clear();
        caller.get("/api/v1/persons/" + person + "/dossier").then().statusCode(200).body("person.id", is(person));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
