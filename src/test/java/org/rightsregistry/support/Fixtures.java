package org.rightsregistry.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;

/**
 * Builders of invented records, created through the API. Every name here is invented; no test uses the demo
 * dataset. Each builder starts from the smallest valid body and lets a test add what it needs.
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A short marker unique in this test run, for names that must not collide. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An invented surname of ten letters, unique in this run, so that a search finds only the persons of one test. */
    public static String inventedSurname() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder word = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            word.append("aeioubdklmnrstz".charAt(Character.digit(hex.charAt(i), 16) % 15));
        }
        return word.toString();
    }

    /** A new token of the role (viewer, editor, admin), created by the admin; returns its secret. */
    public static String aToken(String role) {
        return Api.json().body(Map.of("name", unique(role), "role", role)).post("/api/v1/tokens").then().statusCode(201)
                .extract().path("secret");
    }

    public static Body aPerson() {
        return new Body("/api/v1/persons").with("fullName", "Aigerim Zhaksylykova");
    }

    public static Body aCase() {
        return new Body("/api/v1/cases").with("title", "Prosecution of invented bloggers (Almaty)").with("country", "KZ");
    }

    public static Body aCharge(String caseId, String personId) {
        return new Body("/api/v1/charges").with("caseId", caseId).with("personId", personId)
                .with("law", "KZ-CC-2014").with("article", "174");
    }

    public static Body aSentence(String caseId, String personId) {
        return new Body("/api/v1/sentences").with("caseId", caseId).with("personId", personId).with("decidedOn", "2021-09-14");
    }

    public static Body anAppeal(String sentenceId) {
        return new Body("/api/v1/appeals").with("sentenceId", sentenceId);
    }

    public static Body aSource() {
        return new Body("/api/v1/sources").with("title", "Kazakhstan: bloggers on trial (invented report)");
    }

    public static Map<String, Object> citation(String sourceId, String field) {
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("sourceId", sourceId);
        if (field != null) {
            citation.put("field", field);
        }
        citation.put("locator", "p. 4");
        citation.put("quote", "invented quote");
        citation.put("confidence", "HIGH");
        return citation;
    }

    public static Map<String, Object> imprisonment(int months) {
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("type", "IMPRISONMENT");
        component.put("termMonths", months);
        return component;
    }

    /** Creates a person and a case and makes the person a party of it; returns {caseId, personId}. */
    public static String[] aPartyOfACase() {
        String personId = aPerson().create();
        String caseId = aCase().create();
        addParty(caseId, personId, "DEFENDANT");
        return new String[] {caseId, personId};
    }

    public static void addParty(String caseId, String personId, String role) {
        Api.json().body(Map.of("personId", personId, "role", role))
                .post("/api/v1/cases/" + caseId + "/parties").then().statusCode(201);
    }

    /** A JSON body under construction, and the collection it is posted to. */
    public static final class Body {
        private final String path;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Body(String path) {
            this.path = path;
        }

        public Body with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Body without(String field) {
            fields.remove(field);
            return this;
        }

        @SafeVarargs
        public final Body withList(String field, Object... values) {
            fields.put(field, new ArrayList<>(List.of(values)));
            return this;
        }

        public Map<String, Object> map() {
            return fields;
        }

        public Response post() {
            return Api.json().body(fields).post(path);
        }

        /** Posts the body, expects 201 and returns the new id. */
        public String create() {
            return post().then().statusCode(201).extract().path("id");
        }
    }
}
