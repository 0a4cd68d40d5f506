package org.rightsregistry.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aCharge;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.aSentence;
import static org.rightsregistry.support.Fixtures.addParty;
import static org.rightsregistry.support.Fixtures.anAppeal;
import static org.rightsregistry.support.Fixtures.imprisonment;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class DossierResourceTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldGatherEverythingOnAPersonInChronologicalOrder() {
        String person = aPerson().with("fullName", "Nurgul Tleubayeva")
                .withList("names", Map.of("name", "Нұргүл Тлеубаева", "lang", "kk", "script", "Cyrl", "kind", "NATIVE")).create();
        String later = aCase().with("title", "Second invented case").with("openedOn", "2022-01").create();
        String earlier = aCase().with("title", "First invented case").with("openedOn", "2020-11")
                .withList("caseNumbers", Map.of("number", "1-456/2021", "kind", "FIRST_INSTANCE")).withList("themes", "EXPRESSION").create();
        addParty(later, person, "SUSPECT");
        addParty(earlier, person, "CONVICTED");
        String chargeLate = aCharge(earlier, person).with("article", "405(2)").with("filedOn", "2021-02").create();
        String chargeEarly = aCharge(earlier, person).with("article", "174").with("filedOn", "2020-12")
                .with("penaltyRiskedMonths", Map.of("min", 24, "max", 84)).create();
        String six = aSentence(earlier, person).withList("chargeIds", chargeEarly, chargeLate).with("decidedOn", "2021-09-14")
                .with("verdict", "GUILTY").withList("components", imprisonment(72)).with("status", "MODIFIED_ON_APPEAL").create();
        String four = aSentence(earlier, person).withList("chargeIds", chargeEarly).with("decidedOn", "2021-12-07").with("verdict", "GUILTY")
                .withList("components", imprisonment(48)).with("status", "IN_FORCE").create();
        String appeal = anAppeal(six).with("filedOn", "2021-10-01").with("decidedOn", "2021-12-07").with("status", "DECIDED")
                .with("outcome", "REDUCED").with("resultingSentenceId", four).create();
        aCharge(later, person).with("article", "274").create();

        Api.json().get("/api/v1/persons/" + person + "/dossier").then().statusCode(200)
                .contentType("application/json")
                .body("person.id", is(person))
                .body("person.names[0].name", is("Нұргүл Тлеубаева"))
                .body("cases.id", contains(earlier, later))
                .body("cases[0].role", is("CONVICTED"))
                .body("cases[0].title", is("First invented case"))
                .body("cases[0].caseNumbers[0].number", is("1-456/2021"))
                .body("cases[0].themes", contains("EXPRESSION"))
                .body("cases[0].charges.id", contains(chargeEarly, chargeLate))
                .body("cases[0].charges[0].penaltyRiskedMonths.max", is(84))
                .body("cases[0].sentences.id", contains(six, four))
                .body("cases[0].sentences[0].chargeIds", contains(chargeEarly, chargeLate))
                .body("cases[0].sentences[0].components[0].termMonths", is(72))
                .body("cases[0].sentences[1].expectedEndOn", org.hamcrest.Matchers.nullValue())
                .body("cases[0].appeals.id", contains(appeal))
                .body("cases[0].appeals[0].resultingSentenceId", is(four))
                .body("cases[1].role", is("SUSPECT"))
                .body("cases[1].charges", hasSize(1))
                .body("cases[1].sentences", hasSize(0))
                .body("cases[1].appeals", hasSize(0));
    }

    @Test
    void shouldBuildTheDossierWithAFixedNumberOfStatements() {
        String person = aPerson().withList("names", Map.of("name", "Invented Name", "lang", "en")).withList("citizenships", "KZ")
                .withList("roles", "ACTIVIST").create();
        addCaseWithEverything(person);
        long oneCase = statementsForDossierOf(person);
        for (int i = 0; i < 4; i++) {
            addCaseWithEverything(person);
        }
        long fiveCases = statementsForDossierOf(person);
        assertThat(fiveCases).as("statements for 5 cases vs 1 case").isEqualTo(oneCase);
        assertThat(oneCase).isLessThanOrEqualTo(12);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownOrMalformedPerson() {
        Api.json().get("/api/v1/persons/6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13/dossier").then().statusCode(404)
                .contentType("application/problem+json").body("type", is("/problems/not-found"));
        Api.json().get("/api/v1/persons/nope/dossier").then().statusCode(404);
        Api.json().queryParam("full", "true").get("/api/v1/persons/6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13/dossier").then().statusCode(400);
    }

    private long statementsForDossierOf(String person) {
        sessionFactory.getStatistics().clear();
        Api.json().get("/api/v1/persons/" + person + "/dossier").then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void addCaseWithEverything(String person) {
        String caseId = aCase().withList("caseNumbers", Map.of("number", "2-1/2022")).withList("themes", "ASSEMBLY", "EXPRESSION").create();
        addParty(caseId, person, "DEFENDANT");
        String charge = aCharge(caseId, person).create();
        String sentence = aSentence(caseId, person).withList("chargeIds", charge).with("verdict", "GUILTY")
                .withList("components", imprisonment(12), Map.of("type", "FINE", "amount", 10, "currency", "MRP")).create();
        anAppeal(sentence).with("status", "PENDING").create();
    }
}
