package org.rightsregistry.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aPerson;
import static org.rightsregistry.support.Fixtures.unique;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class ConcurrencyAndIdempotencyTest {

    @Test
    void shouldLoseNoUpdateUnderConcurrentConditionalWrites() throws Exception {
        String id = aPerson().with("summary", "").create();
        int writers = 6;
        int attemptsEach = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(pool.submit(() -> {
                int won = 0;
                for (int attempt = 0; attempt < attemptsEach; attempt++) {
                    Response read = Api.json().get("/api/v1/persons/" + id);
                    String etag = read.header("ETag");
                    String summary = read.path("summary");
                    Response write = Api.mergePatch().header("If-Match", etag)
                            .body(Map.of("summary", summary + "[" + writer + "." + attempt + "]"))
                            .patch("/api/v1/persons/" + id);
                    assertThat(write.statusCode()).as(write.asString()).isIn(200, 412);
                    if (write.statusCode() == 200) {
                        won++;
                    } else {
                        assertThat(write.contentType()).startsWith("application/problem+json");
                    }
                }
                return won;
            }));
        }
        int won = 0;
        for (Future<Integer> result : results) {
            won += result.get();
        }
        pool.shutdown();
        Response finalState = Api.json().get("/api/v1/persons/" + id);
        String summary = finalState.path("summary");
        int marks = summary.split("\\[", -1).length - 1;
        assertThat(marks).as("every acknowledged update is in the record").isEqualTo(won);
        assertThat((Integer) finalState.path("version")).isEqualTo(1 + won);
        List<Integer> versions = Api.json().queryParam("limit", 500).get("/api/v1/persons/" + id + "/history").path("items.version");
        List<Integer> expected = new ArrayList<>();
        for (int v = 1; v <= 1 + won; v++) {
            expected.add(v);
        }
        assertThat(versions).as("history has no gap").isEqualTo(expected);
    }

    @Test
    void shouldReplayARetriedCreateAndCreateNothing() {
        String key = unique("key");
        Map<String, Object> body = Map.of("fullName", "Yerlan Tulegenov");
        Response first = Api.json().header("Idempotency-Key", key).body(body).post("/api/v1/persons");
        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        String id = first.path("id");
        Api.json().header("Idempotency-Key", key).body(body).post("/api/v1/persons").then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", "\"1\"")
                .body("id", is(id))
                .body("createdAt", is((String) first.path("createdAt")));
        Api.json().get("/api/v1/persons/" + id + "/history").then().body("total", is(1));
        Api.json().header("Idempotency-Key", key).body(Map.of("fullName", "Somebody Else")).post("/api/v1/persons").then()
                .statusCode(422).body("errors[0].field", is("Idempotency-Key"));
        Api.json().header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(400);
    }

    @Test
    void shouldCreateOneRecordForConcurrentRequestsWithTheSameKey() throws Exception {
        String key = unique("concurrent");
        String name = unique("Concurrent Person");
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> responses = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            responses.add(pool.submit((Callable<Response>) () -> {
                start.await();
                return Api.json().header("Idempotency-Key", key).body(Map.of("fullName", name)).post("/api/v1/persons");
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        for (Future<Response> response : responses) {
            Response r = response.get();
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            ids.add(r.path("id"));
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
    }

    @Test
    void shouldRefuseABadKeyAndNotReplayFailures() {
        Api.json().header("Idempotency-Key", "x".repeat(201)).body(Map.of("fullName", "x")).post("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        String key = unique("failing");
        Api.json().header("Idempotency-Key", key).body(Map.of("fullName", "x", "birthDate", "soon")).post("/api/v1/persons").then()
                .statusCode(400);
        Api.json().header("Idempotency-Key", key).body(Map.of("fullName", "x", "birthDate", "1990")).post("/api/v1/persons").then()
                .statusCode(201).header("Idempotent-Replayed", (String) null);
    }
}
