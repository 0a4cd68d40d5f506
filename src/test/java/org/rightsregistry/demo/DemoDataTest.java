package org.rightsregistry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

/** The demo dataset loads through the API's own rules, once, with the ids the README links to. */
@QuarkusTest
class DemoDataTest {

    static final String KAIRAT_KLYSHEV = "6d825169-8e14-5201-a0bf-e4835d79d023";
    static final String KLYSHEV_CASE = "1754484b-9089-5efc-8988-5fbbc9a23e7b";

    @Inject
    DemoData demo;

    @Test
    void shouldLoadTheDemoDatasetOnceWithFixedIds() {
        demo.load();
        Api.json().get("/api/v1/persons/" + KAIRAT_KLYSHEV).then().statusCode(200)
                .body("fullName", is("Kairat Klyshev"))
                .body("status", is("PRE_TRIAL_DETENTION"));
        Api.json().queryParam("caseId", KLYSHEV_CASE).get("/api/v1/charges").then()
                .body("total", is(1))
                .body("items[0].personId", is(KAIRAT_KLYSHEV))
                .body("items[0].penaltyRiskedMonths.min", is(120))
                .body("items[0].penaltyRiskedMonths.max", is(204))
                .body("items[0].article", org.hamcrest.Matchers.nullValue());
        Api.json().get("/api/v1/cases/" + KLYSHEV_CASE).then().body("parties.personId", contains(KAIRAT_KLYSHEV));
        Api.json().queryParam("status", "DECEASED").queryParam("limit", 500).get("/api/v1/persons").then().statusCode(200);

        long persons = total("/api/v1/persons");
        long charges = total("/api/v1/charges");
        assertThat(demo.load()).as("a second load does nothing").isFalse();
        assertThat(total("/api/v1/persons")).isEqualTo(persons);
        assertThat(total("/api/v1/charges")).isEqualTo(charges);
    }

    private static long total(String path) {
        return ((Number) Api.json().queryParam("limit", 1).get(path).path("total")).longValue();
    }
}
