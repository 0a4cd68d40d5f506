package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.is;
import static org.rightsregistry.support.Fixtures.aPerson;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rightsregistry.common.error.DatabaseOutage;
import org.rightsregistry.common.error.Problem;
import org.rightsregistry.common.error.ProblemMapper;
import org.rightsregistry.common.paging.CountTimeoutException;
import org.rightsregistry.support.Api;

/**
 * Caps on requests, the statement timeout, the headers every response carries, and what is off by default (rate
 * limits in the test profile, CORS everywhere). Rate limits and CORS switched on: RateLimitTest, CorsTest.
 */
@QuarkusTest
class LimitsAndHeadersTest {

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void shouldLetAnonymousReadsBeRevalidatedAndNeverCacheAnythingAuthenticated() {
        String id = aPerson().create();
        Api.anonymous().get("/api/v1/persons/" + id).then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("Vary", "Authorization, Origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"1\"");
        Api.anonymous().header("If-None-Match", "\"1\"").get("/api/v1/persons/" + id).then().statusCode(304)
                .header("Cache-Control", "no-cache")
                .header("Vary", "Authorization, Origin");
        Api.json().get("/api/v1/persons/" + id).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("Vary", "Authorization, Origin")
                .header("X-Content-Type-Options", "nosniff");
        Api.json().get("/api/v1/persons").then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void shouldMarkEveryErrorUncacheableAndNosniff() {
        Api.anonymous().get("/api/v1/persons/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", "Authorization, Origin");
        Api.anonymous().get("/no/such/path").then().statusCode(404)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
        Api.anonymous().body("{\"fullName\":\"x\"}").post("/api/v1/persons").then().statusCode(401)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
        Api.as("rr_not-a-token").get("/api/v1/persons").then().statusCode(401)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
        Api.anonymous().queryParam("limit", "0").get("/api/v1/persons").then().statusCode(400)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
        Api.json().body("{\"fullName\":\"" + "x".repeat(1_100_000) + "\"}").post("/api/v1/persons").then().statusCode(413)
                .contentType("application/problem+json")
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldSendNosniffOutsideTheApiToo() {
        Api.anonymous().accept("*/*").get("/q/health/ready").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", (String) null);
        Api.anonymous().accept("*/*").get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldSendNoRateLimitHeadersWhenLimitsAreOff() {
        Api.anonymous().get("/api/v1/persons").then().statusCode(200)
                .header("RateLimit-Limit", (String) null)
                .header("RateLimit-Remaining", (String) null)
                .header("RateLimit-Reset", (String) null);
    }

    @Test
    void shouldGiveNoCorsHeadersByDefault() {
        Api.anonymous().header("Origin", "https://monitor.example.org")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/persons")
                .then().header("Access-Control-Allow-Origin", (String) null);
        Api.anonymous().header("Origin", "https://monitor.example.org").get("/api/v1/persons").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", (String) null)
                .header("Access-Control-Expose-Headers", (String) null);
    }

    @Test
    void shouldRefuseMoreThanOneHundredQueryValues() {
        String hundred = String.join("&", Collections.nCopies(100, "status=IMPRISONED"));
        Api.anonymous().get("/api/v1/persons?" + hundred).then().statusCode(200);
        Api.anonymous().get("/api/v1/persons?" + hundred + "&status=IMPRISONED").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("detail", is("query: has more than 100 parameters"))
                .body("errors[0].field", is("query"));
    }

    @Test
    void shouldRefuseAnOverlongRequestLineWith414() {
        Api.anonymous().get("/api/v1/persons?q=" + "a".repeat(5000)).then()
                .statusCode(414);
        Api.anonymous().get("/api/v1/persons/" + "a".repeat(5000)).then()
                .statusCode(414);
        Api.anonymous().get("/api/v1/persons").then().statusCode(200); // the server is fine afterwards
    }

    @Test
    void shouldRefuseOverlargeHeadersWith431() {
        Api.anonymous().header("X-Padding", "p".repeat(25_000)).get("/api/v1/persons").then()
                .statusCode(431);
        Api.anonymous().header("Authorization", "Bearer " + "t".repeat(25_000)).get("/api/v1/persons").then()
                .statusCode(431);
        Api.anonymous().get("/api/v1/persons").then().statusCode(200);
    }

    @Test
    @Transactional
    void shouldRunEveryQueryOfHibernateUnderATenSecondTimeout() {
        // Hibernate gives each statement the default timeout; on H2 that is what the session's QUERY_TIMEOUT becomes
        String sql = isPostgres() ? "show statement_timeout"
                : "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'";
        Object timeout = em.createNativeQuery(sql).getSingleResult();
        assertThat(timeout.toString()).isEqualTo(isPostgres() ? "10s" : "10000");
    }

    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldAnswer503WhenAStatementRunsPastTheTimeout() throws SQLException {
        SQLException cancelled;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean postgres = isPostgres(connection);
            // a shorter timeout on this connection only, restored before it goes back to the pool
            statement.execute(postgres ? "set statement_timeout = 200" : "set query_timeout 200");
            try {
                cancelled = catchThrowableOfType(SQLException.class, () -> statement.executeQuery(postgres
                        ? "select pg_sleep(5)"
                        : "select sum(mod(\"X\" * 7, 13)) from system_range(1, 5000000000)"));
            } finally {
                statement.execute(postgres ? "set statement_timeout = 10000" : "set query_timeout 10000");
            }
        }
        assertThat((Throwable) cancelled).isNotNull();
        assertThat(cancelled.getSQLState()).isEqualTo("57014");
        assertThat(DatabaseOutage.isOutage(new PersistenceException(cancelled))).isTrue();
        Response response = new ProblemMapper().mapPersistence(new PersistenceException(cancelled), null, null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo(Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("/problems/service-unavailable");
        assertThat(((Problem) response.getEntity()).detail()).startsWith("The database is not available at the moment");
    }

    /**
     * A request that waited its time for another's count of the same list or statistic (Counts) is a 503 to retry,
     * whose detail says what it waited for.
     */
    @Test
    void shouldAnswer503WhenACountUnderWayForAnotherRequestTakesTooLong() {
        Response response = new ProblemMapper().mapPersistence(new CountTimeoutException(30_000), null, null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo(Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("/problems/service-unavailable");
        assertThat(problem.detail())
                .isEqualTo("The same list or statistic is still being counted for another request; retry in a few seconds");
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
