package org.rightsregistry.common;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.LimitsProfile;

/** CORS with an allow-list: the allowed origin gets the headers a browser client needs, any other origin none. */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class CorsTest {

    private static final String ALLOWED = LimitsProfile.ALLOWED_ORIGIN;
    private static final String OTHER = "https://elsewhere.example.net";
    private static int address = 0;

    /** Each request from an address of its own, so the rate limit of this profile never interferes. */
    private static RequestSpecification request() {
        address++;
        return Api.anonymous().header("X-Forwarded-For", "192.0.2." + (address % 250 + 1));
    }

    @Test
    void shouldAnswerThePreflightOfAnAllowedOrigin() {
        request().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,x-change-reason")
                .options("/api/v1/persons/6d825169-8e14-5201-a0bf-e4835d79d023")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"), containsString("If-Match"),
                        containsString("If-None-Match"), containsString("Idempotency-Key"), containsString("X-Change-Reason"),
                        containsString("Content-Type")))
                .header("Access-Control-Max-Age", "3600")
                .header("Access-Control-Allow-Credentials", is("false"));
    }

    @Test
    void shouldExposeTheResponseHeadersToAnAllowedOrigin() {
        request().header("Origin", ALLOWED).get("/api/v1/persons").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("Link"), containsString("RateLimit-Limit"), containsString("RateLimit-Remaining"),
                        containsString("RateLimit-Reset"), containsString("Retry-After"), containsString("X-Request-Id"),
                        containsString("Idempotent-Replayed")))
                .header("RateLimit-Limit", Integer.toString(LimitsProfile.ANONYMOUS))
                .header("Vary", containsString("Origin"))
                .header("Vary", containsString("Authorization"));
    }

    @Test
    void shouldGiveAnotherOriginNoAccess() {
        request().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/persons")
                .then()
                .header("Access-Control-Allow-Origin", (String) null);
        request().header("Origin", OTHER).get("/api/v1/persons").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", (String) null)
                .header("Cache-Control", is("private, no-store"));
    }
}
