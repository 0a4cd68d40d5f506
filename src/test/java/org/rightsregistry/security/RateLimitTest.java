package org.rightsregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.rightsregistry.support.Fixtures.unique;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.LimitsProfile;

/** Rate limits through HTTP: per client address without a token, per token with one; 429 problem, headers, reset. */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class RateLimitTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final int ANONYMOUS = LimitsProfile.ANONYMOUS;
    private static final int PER_TOKEN = LimitsProfile.PER_TOKEN;

    /** A client address of its own for each use (documentation range), so tests do not share counts. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification from(String address) {
        return Api.anonymous().header("X-Forwarded-For", address);
    }

    private static RequestSpecification from(String address, String token) {
        return Api.as(token).accept(ContentType.JSON).header("X-Forwarded-For", address);
    }

    /** A new editor token, made by the first admin from an address of its own (waiting out the admin's limit if need be). */
    private static String newToken() {
        for (int attempt = 0; ; attempt++) {
            Response response = from(newAddress(), Api.ADMIN_TOKEN).contentType(ContentType.JSON)
                    .body(Map.of("name", unique("limits"), "role", "editor")).post("/api/v1/tokens");
            if (response.statusCode() != 429 || attempt == 3) {
                return response.then().statusCode(201).extract().path("secret");
            }
            sleepSeconds(Long.parseLong(response.header("Retry-After")));
        }
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000 + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long resetOf(Response response) {
        long reset = Long.parseLong(response.header("RateLimit-Reset"));
        assertThat(reset).isBetween(1L, 2L);
        return reset;
    }

    @Test
    void shouldRefuseAnAddressOverTheAnonymousLimitWith429AndServeItAgainAfterTheWindow() {
        String address = newAddress();
        for (int i = 1; i <= ANONYMOUS; i++) {
            Response ok = from(address).get("/api/v1/persons");
            ok.then().statusCode(200)
                    .header("RateLimit-Limit", Integer.toString(ANONYMOUS))
                    .header("RateLimit-Remaining", Integer.toString(ANONYMOUS - i))
                    .header("Retry-After", (String) null);
            resetOf(ok);
        }
        Response refused = from(address).header("X-Request-Id", "limits-test-1").get("/api/v1/persons");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Limit", Integer.toString(ANONYMOUS))
                .header("RateLimit-Remaining", "0")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Request-Id", "limits-test-1")
                .body("type", is("/problems/too-many-requests"))
                .body("title", is("Too many requests"))
                .body("status", is(429))
                .body("instance", is("/api/v1/persons"))
                .body("requestId", is("limits-test-1"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isEqualTo(resetOf(refused));
        assertThat(refused.<String>path("detail")).isEqualTo(
                "Too many requests without a token from this address: at most 3 per 2 s; retry in " + retryAfter + " s");

        // another client, and a token from the same address, are still served
        from(newAddress()).get("/api/v1/persons").then().statusCode(200).header("RateLimit-Remaining", Integer.toString(ANONYMOUS - 1));
        from(address, newToken()).get("/api/v1/persons").then().statusCode(200)
                .header("RateLimit-Limit", Integer.toString(PER_TOKEN))
                .header("RateLimit-Remaining", Integer.toString(PER_TOKEN - 1));

        sleepSeconds(retryAfter);
        from(address).get("/api/v1/persons").then().statusCode(200).header("RateLimit-Remaining", Integer.toString(ANONYMOUS - 1));
    }

    @Test
    void shouldCountATokenWhereverItsRequestsComeFrom() {
        String token = newToken();
        for (int i = 1; i <= PER_TOKEN; i++) {
            from(newAddress(), token).get("/api/v1/cases").then().statusCode(200)
                    .header("RateLimit-Limit", Integer.toString(PER_TOKEN))
                    .header("RateLimit-Remaining", Integer.toString(PER_TOKEN - i));
        }
        from(newAddress(), token).get("/api/v1/cases").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("type", is("/problems/too-many-requests"))
                .body("detail", org.hamcrest.Matchers.startsWith("Too many requests with this token: at most 5 per 2 s"));
        // a write with it is refused as well
        from(newAddress(), token).contentType(ContentType.JSON).body(Map.of("fullName", "Dana Omarova")).post("/api/v1/persons")
                .then().statusCode(429).body("type", is("/problems/too-many-requests"));
        from(newAddress(), newToken()).get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void shouldCountWritesRefusedForWantOfATokenAgainstTheAddress() {
        String address = newAddress();
        from(address).body(Map.of("fullName", "Dana Omarova")).post("/api/v1/persons").then()
                .statusCode(401).header("RateLimit-Remaining", Integer.toString(ANONYMOUS - 1));
        from(address).get("/api/v1/persons").then().statusCode(200).header("RateLimit-Remaining", Integer.toString(ANONYMOUS - 2));
    }

    @Test
    void shouldRefuseAnAddressThatKeepsSendingBadTokensBeforeLookingThemUp() {
        String address = newAddress();
        for (int i = 1; i <= ANONYMOUS; i++) {
            from(address, "rr_not-a-token-" + i).get("/api/v1/persons").then()
                    .statusCode(401)
                    .body("type", is("/problems/unauthorized"))
                    .header("RateLimit-Remaining", Integer.toString(ANONYMOUS - i));
        }
        from(address, "rr_not-a-token-x").get("/api/v1/persons").then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", org.hamcrest.Matchers.startsWith(
                        "Too many requests with an unknown, expired or revoked token from this address"));
        String valid = newToken();
        from(address, valid).get("/api/v1/persons").then().statusCode(429);
        // reads without a token from there, and the token from elsewhere, go on
        from(address).get("/api/v1/persons").then().statusCode(200);
        from(newAddress(), valid).get("/api/v1/persons").then().statusCode(200);
    }

    @Test
    void shouldNotLimitHealthMetricsOrTheContract() {
        String address = newAddress();
        for (int i = 0; i <= ANONYMOUS; i++) {
            from(address).get("/api/v1/persons");
        }
        from(address).get("/api/v1/persons").then().statusCode(429);
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi"}) {
            Response response = from(address).accept("*/*").get(path);
            response.then().statusCode(200).header("RateLimit-Limit", (String) null);
        }
        from(address).accept("*/*").get("/q/health/ready").then().body("status", is("UP"));
    }
}
