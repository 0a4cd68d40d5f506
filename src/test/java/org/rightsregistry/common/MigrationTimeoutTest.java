package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations run without the statement timeout of the application's connections, which then get their timeout back.
 * Each test migrates a schema of its own, with the application's Flyway configuration, on one connection whose
 * timeout is shorter than the slow migration: the same situation as an index built over a large registry under 10 s.
 */
@QuarkusTest
class MigrationTimeoutTest {

    private static final String SCHEMA = "migration_timeout_test";

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private Connection connection;
    private boolean postgres;
    private String shortTimeout;

    @BeforeEach
    void connectWithAShortTimeout() throws SQLException {
        connection = DriverManager.getConnection(url, user, password.orElse(""));
        postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        shortTimeout = postgres ? "100" : "20";
        try (Statement statement = connection.createStatement()) {
            statement.execute(postgres ? "set statement_timeout = " + shortTimeout : "set query_timeout " + shortTimeout);
        }
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set " + (postgres ? "statement_timeout = " : "query_timeout ") + "10000");
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        } finally {
            connection.close();
        }
    }

    @Test
    void shouldRunAMigrationLongerThanTheStatementTimeoutAndRestoreTheTimeoutAfterIt() throws SQLException {
        MigrateResult result = migration("slow").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(count("select count(*) from " + SCHEMA + ".slow_result")).isEqualTo(1);
        assertThat(timeout()).isEqualTo(shortTimeout);
    }

    @Test
    void shouldRestoreTheTimeoutWhenAMigrationFails() throws SQLException {
        FlywayException failed = catchThrowableOfType(FlywayException.class,
                () -> migration("slow", "failing").load().migrate());

        assertThat((Throwable) failed).isNotNull();
        assertThat(failed.getMessage()).contains("V2__fails.sql");
        assertThat(count("select count(*) from " + SCHEMA + ".slow_result")).isEqualTo(1);
        assertThat(timeout()).isEqualTo(shortTimeout);
    }

    @Test
    void shouldStopTheSameMigrationUnderTheTimeoutWithoutTheApplicationsCallback() throws SQLException {
        FlywayException stopped = catchThrowableOfType(FlywayException.class,
                () -> migration("slow").callbacks(new Callback[0]).load().migrate());

        assertThat((Throwable) stopped).isNotNull();
        assertThat(stopped.getMessage()).contains("V1__slow.sql");
        assertThat(timeout()).isEqualTo(shortTimeout);
    }

    /** The application's Flyway configuration, with its callbacks, on this test's connection and schema. */
    private FluentConfiguration migration(String... locations) {
        String[] paths = new String[locations.length];
        for (int i = 0; i < locations.length; i++) {
            String location = locations[i].equals("slow") ? (postgres ? "postgresql" : "h2") : locations[i];
            paths[i] = "classpath:db/migration-timeout/" + location;
        }
        return Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(unclosable(connection))
                .schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true)
                .table("migration_timeout_history")
                // the application's migrations are listed when it is built; these are found on the class path
                .resourceProvider(null).javaMigrationClassProvider(null).locations(paths)
                .cleanDisabled(true);
    }

    private String timeout() throws SQLException {
        return String.valueOf(count(postgres
                ? "select setting::bigint from pg_settings where name = 'statement_timeout'"
                : "select cast(setting_value as bigint) from information_schema.settings where setting_name = 'QUERY_TIMEOUT'"));
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Hands Flyway the one connection whose timeout the test reads after the migration, and keeps it open. */
    private static DataSource unclosable(Connection connection) {
        Connection kept = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new DataSource() {
            @Override
            public Connection getConnection() {
                return kept;
            }

            @Override
            public Connection getConnection(String username, String password) {
                return kept;
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
