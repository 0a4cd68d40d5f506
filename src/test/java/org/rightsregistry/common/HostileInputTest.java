package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.rightsregistry.support.Fixtures.aPerson;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.Test;
import org.rightsregistry.common.error.ProblemMapper;
import org.rightsregistry.support.Api;
import org.rightsregistry.support.Fixtures;

/** Bad and hostile requests get a clear 4xx in problem+json, never a 500, and change nothing. */
@QuarkusTest
class HostileInputTest {

    private long personCount() {
        return ((Number) Api.json().queryParam("limit", 1).get("/api/v1/persons").path("total")).longValue();
    }

    @Test
    void shouldRefuseABodyOverOneMebibyteWith413() {
        long before = personCount();
        String huge = "{\"fullName\":\"" + "x".repeat(1_100_000) + "\"}";
        Api.json().body(huge).post("/api/v1/persons").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", is("/problems/payload-too-large"))
                .body("status", is(413));
        assertThat(personCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseDeeplyNestedJson() {
        String deep = "{\"fullName\":\"x\",\"names\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Api.json().body(deep).post("/api/v1/persons").then()
                .statusCode(400).contentType("application/problem+json").body("type", startsWith("/problems/"));
    }

    @Test
    void shouldRefuseMalformedJsonOfEveryKind() {
        for (String body : List.of("{", "{\"fullName\":}", "not json", "{\"fullName\":\"x\"} trailing", "{\"fullName\":\"x\",}",
                "[]", "\"just a string\"", "null", "")) {
            Api.json().body(body).post("/api/v1/persons").then()
                    .statusCode(400).contentType("application/problem+json").body("status", is(400));
        }
    }

    @Test
    void shouldRefuseInvalidUtf8() {
        byte[] body = "{\"fullName\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
        body[13] = (byte) 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
        Api.plain().contentType("application/json").body(body).post("/api/v1/persons").then()
                .statusCode(400).contentType("application/problem+json").body("type", is("/problems/malformed-json"));
    }

    @Test
    void shouldRefuseWrongTypesWithoutCoercingThem() {
        Map<String, Object> wrong = Map.of(
                "region", 123,
                "roles", "ACTIVIST",
                "citizenships", "KZ",
                "names", Map.of("name", "x"),
                "gender", 1,
                "summary", true,
                "birthDate", 2020);
        for (Map.Entry<String, Object> field : wrong.entrySet()) {
            Api.json().body(Map.of("fullName", "Dana Omarova", field.getKey(), field.getValue())).post("/api/v1/persons").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", startsWith(field.getKey()));
        }
        Api.json().body(Map.of("fullName", 123)).post("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("fullName"));
        String[] party = Fixtures.aPartyOfACase();
        Fixtures.aCharge(party[0], party[1]).with("penaltyRiskedMonths", Map.of("min", "120")).post().then().statusCode(400);
        Fixtures.aCharge(party[0], party[1]).with("penaltyRiskedMonths", Map.of("min", 1.5)).post().then().statusCode(400);
        Fixtures.aCharge(party[0], party[1]).with("penaltyRiskedMonths", Map.of("min", 99999999999L)).post().then().statusCode(400);
    }

    @Test
    void shouldRefuseControlCharactersAndUnpairedSurrogatesButKeepOddUnicode() {
        Api.json().body("{\"fullName\":\"Dana\\u0000Omarova\"}").post("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("fullName")).body("errors[0].message", is("contains the control character U+0000"));
        Api.json().body("{\"fullName\":\"Dana\\ud800\"}").post("/api/v1/persons").then()
                .statusCode(400).body("errors[0].message", is("contains an unpaired surrogate"));
        Api.json().body("{\"fullName\":\"x\",\"names\":[{\"name\":\"\\u001b[31m\"}]}").post("/api/v1/persons").then()
                .statusCode(400).body("errors[0].field", is("names[0].name"));
        String odd = "Zoë Ğülşen 👩🏽‍⚖️ ‏שלום‎ Ωμέγα ә ғ қ ң ө ұ ү һ і Z\u0301";
        Api.json().body(Map.of("fullName", odd, "summary", "tab\tand\r\nnewline")).post("/api/v1/persons").then()
                .statusCode(201).body("fullName", is(odd)).body("summary", is("tab\tand\r\nnewline"));
    }

    @Test
    void shouldStoreSqlAndScriptFragmentsAsPlainText() {
        String sql = "Robert'); DROP TABLE person; --";
        String script = "<script>alert(1)</script>";
        String id = aPerson().with("fullName", sql).with("summary", script).create();
        Api.json().get("/api/v1/persons/" + id).then().statusCode(200).body("fullName", is(sql)).body("summary", is(script));
        Api.json().queryParam("law", "' OR '1'='1").get("/api/v1/charges").then().statusCode(200).body("total", is(0));
        Api.json().queryParam("article", "1; DELETE FROM charge").get("/api/v1/charges").then().statusCode(200).body("total", is(0));
        Api.json().queryParam("law", "x\u0000").get("/api/v1/charges").then().statusCode(400).body("errors[0].field", is("law"));
    }

    @Test
    void shouldAnswerProblemsForUnsupportedMediaTypesMethodsAndPaths() {
        Api.plain().contentType(ContentType.XML).body("<person/>").post("/api/v1/persons").then()
                .statusCode(415).contentType("application/problem+json").body("type", is("/problems/unsupported-media-type"));
        Api.plain().contentType(ContentType.TEXT).body("{}").post("/api/v1/persons").then().statusCode(415);
        Api.plain().accept(ContentType.XML).get("/api/v1/persons").then()
                .statusCode(406).contentType("application/problem+json").body("type", is("/problems/not-acceptable"));
        Api.json().delete("/api/v1/persons").then()
                .statusCode(405).contentType("application/problem+json").body("type", is("/problems/method-not-allowed"));
        Api.json().get("/api/v1/prisoners").then()
                .statusCode(404).contentType("application/problem+json").body("type", is("/problems/not-found"));
    }

    @Test
    void shouldTakeAConnectionClosedMidBodyForTheClientsDoingAndStoreNothing() throws Exception {
        long before = personCount();
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        log.addHandler(capture);
        try {
            for (boolean reset : List.of(false, true)) {
                int logged = records.size();
                try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                    socket.getOutputStream().write(("POST /api/v1/persons HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                            + Api.ADMIN_TOKEN + "\r\nX-Request-Id: left-mid-body-" + reset + "\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{\"fullName\": \"Quellan Midbody").getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().flush();
                    Thread.sleep(500); // the request waits for the rest of its body when the client goes
                    socket.setSoLinger(reset, 0); // closed, or reset as a dropped network does
                }
                for (int i = 0; i < 100 && records.size() == logged; i++) {
                    Thread.sleep(100);
                }
            }
        } finally {
            log.removeHandler(capture);
        }

        String left = "The client closed the connection before the body of request left-mid-body-%s was read";
        assertThat(records).extracting(LogRecord::getLevel, r -> ((ExtLogRecord) r).getFormattedMessage()).containsExactly(
                tuple(Level.INFO, left.formatted(false)), tuple(Level.INFO, left.formatted(true)));
        assertThat(personCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnEmptyBody() {
        Api.plain().contentType(ContentType.JSON).post("/api/v1/persons").then()
                .statusCode(400).contentType("application/problem+json");
        Api.plain().contentType(ContentType.JSON).put("/api/v1/persons/" + aPerson().create()).then().statusCode(400);
    }

    @Test
    void shouldAnswerEveryErrorWithARequestIdAndNoInternals() {
        String body = Api.json().header("X-Request-Id", "trace-me-42").body("{\"fullName\":").post("/api/v1/persons").then()
                .statusCode(400).header("X-Request-Id", "trace-me-42").body("requestId", is("trace-me-42"))
                .extract().asString();
        assertThat(body).doesNotContain("com.fasterxml", "jackson", "Exception", "org.rightsregistry", "line:", "column:");
        Api.json().header("X-Request-Id", "bad id with spaces\u00e9").get("/api/v1/persons").then()
                .statusCode(200).header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldRefuseTooManyOrTooLongQueryParameters() {
        var request = Api.json();
        for (int i = 0; i < 101; i++) {
            request.queryParam("status", "IMPRISONED");
        }
        request.get("/api/v1/persons").then().statusCode(400).body("errors[0].field", is("query"));
        Api.json().queryParam("law", "x".repeat(1001)).get("/api/v1/charges").then().statusCode(400);
        Api.json().queryParam("law", "x".repeat(51)).get("/api/v1/charges").then().statusCode(400).body("errors[0].field", is("law"));
    }
}
