package org.rightsregistry.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aCase;
import static org.rightsregistry.support.Fixtures.aPerson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.rightsregistry.support.Api;

@QuarkusTest
class ChangeFeedTest {

    @Test
    void shouldReplayToTheCurrentRecordsWithoutMissingOrRepeatingAChangeWhileWritesGoOn() throws Exception {
        String since = Api.feedHead();
        String deleted = aPerson().create();
        String updated = aPerson().create();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            created.add(writers.submit(() -> n % 2 == 0 ? aPerson().with("fullName", "Invented Writer " + n).create()
                    : aCase().with("title", "Invented case " + n).create()));
        }
        // A mirror follows the feed in small pages while the writers run.
        Map<String, Long> mirror = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String cursor = since;
        Api.mergePatch().body("{\"region\":\"Kokshetau\"}").patch("/api/v1/persons/" + updated).then().statusCode(200);
        Api.json().delete("/api/v1/persons/" + deleted).then().statusCode(204);
        for (int round = 0; round < 200; round++) {
            JsonPath page = Api.json().queryParam("since", cursor).queryParam("limit", 7).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            for (Map<String, Object> change : page.<Map<String, Object>>getList("items")) {
                String key = change.get("type") + "/" + change.get("id");
                assertThat(seen.add(key + "@" + change.get("version"))).as("repeated " + key).isTrue();
                if ("DELETE".equals(change.get("operation"))) {
                    mirror.remove(key);
                } else {
                    mirror.put(key, ((Number) change.get("version")).longValue());
                }
            }
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore") && created.stream().allMatch(Future::isDone)) {
                JsonPath rest = Api.json().queryParam("since", cursor).get("/api/v1/changes").then().extract().jsonPath();
                if (rest.getList("items").isEmpty()) {
                    break;
                }
            }
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        Map<String, Long> expected = new HashMap<>();
        expected.put("persons/" + updated, 2L);
        for (Future<String> f : created) {
            String id = f.get();
            String type = Api.json().get("/api/v1/persons/" + id).statusCode() == 200 ? "persons" : "cases";
            expected.put(type + "/" + id, 1L);
        }
        assertThat(mirror).isEqualTo(expected);
    }

    @Test
    void shouldKeepACursorToPollWithAndRejectBadOnes() {
        String since = Api.feedHead();
        Api.json().queryParam("since", since).get("/api/v1/changes").then()
                .statusCode(200).body("items.size()", is(0)).body("nextCursor", is(since)).body("hasMore", is(false));
        String id = aPerson().create();
        Api.json().queryParam("since", since).get("/api/v1/changes").then()
                .body("items.size()", is(1))
                .body("items[0].type", is("persons"))
                .body("items[0].id", is(id))
                .body("items[0].version", is(1))
                .body("items[0].operation", is("CREATE"));
        for (String bad : List.of("x", "czotMQ", "djox", "' OR 1=1")) {
            Api.json().queryParam("since", bad).get("/api/v1/changes").then().statusCode(400).body("errors[0].field", is("since"));
        }
        Api.json().queryParam("limit", 1001).get("/api/v1/changes").then().statusCode(400).body("errors[0].field", is("limit"));
    }
}
