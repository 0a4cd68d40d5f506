package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * Each test migrates a schema of its own, with the application's Flyway configuration, on connections whose timeouts
 * (the statement's; on PostgreSQL also the socket's) are shorter than the slow migration: the same situation as an
 * index built over a large registry under 10 s and 20 s.
 */
@QuarkusTest
class MigrationTimeoutTest {

    private static final String SCHEMA = "migration_timeout_test";
    /** How long a connection waits for the server to answer, in ms (PostgreSQL's socket timeout; H2 has none: 0). */
    private static final int NETWORK_TIMEOUT = 300;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** Every connection handed to Flyway, each with the short timeout; the first one also reads the results. */
    private final List<Connection> connections = new ArrayList<>();
    private boolean postgres;
    private String shortTimeout;

    @BeforeEach
    void findTheDatabase() throws SQLException {
        Connection first = connect();
        postgres = "PostgreSQL".equals(first.getMetaData().getDatabaseProductName());
        shortTimeout = postgres ? "100" : "20";
        set(first, shortTimeout);
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        try (Statement statement = connections.get(0).createStatement()) {
            set(connections.get(0), "10000");
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    @Test
    void shouldRunAMigrationLongerThanTheStatementTimeoutAndRestoreTheTimeoutAfterIt() throws SQLException {
        MigrateResult result = migration("slow").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(count("select count(*) from " + SCHEMA + ".slow_result")).isEqualTo(1);
        assertThat(timeouts()).containsOnly(asTheyCame());
    }

    @Test
    void shouldRestoreTheTimeoutWhenAMigrationFails() throws SQLException {
        FlywayException failed = catchThrowableOfType(FlywayException.class,
                () -> migration("slow", "failing").load().migrate());

        assertThat((Throwable) failed).isNotNull();
        assertThat(failed.getMessage()).contains("V2__fails.sql");
        assertThat(count("select count(*) from " + SCHEMA + ".slow_result")).isEqualTo(1);
        assertThat(timeouts()).containsOnly(asTheyCame());
    }

    @Test
    void shouldStopTheSameMigrationUnderTheTimeoutWithoutTheApplicationsCallback() throws SQLException {
        FlywayException stopped = catchThrowableOfType(FlywayException.class,
                () -> migration("slow").callbacks(new Callback[0]).load().migrate());

        assertThat((Throwable) stopped).isNotNull();
        assertThat(stopped.getMessage()).contains("V1__slow.sql");
        assertThat(timeouts()).containsOnly(asTheyCame());
    }

    /** The application's Flyway configuration, with its callbacks, on this test's connections and schema. */
    private FluentConfiguration migration(String... locations) {
        String[] paths = new String[locations.length];
        for (int i = 0; i < locations.length; i++) {
            String location = locations[i].equals("slow") ? (postgres ? "postgresql" : "h2") : locations[i];
            paths[i] = "classpath:db/migration-timeout/" + location;
        }
        return Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(pool())
                .schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true)
                .table("migration_timeout_history")
                // the application's migrations are listed when it is built; these are found on the class path
                .resourceProvider(null).javaMigrationClassProvider(null).locations(paths)
                .cleanDisabled(true);
    }

    /** The timeouts that every connection had when it was handed out, as {@link #timeouts()} reads them. */
    private String asTheyCame() {
        return shortTimeout + " ms, network " + (postgres ? NETWORK_TIMEOUT : 0) + " ms";
    }

    /** The timeouts of every connection that Flyway was handed, after it has given them back. */
    private List<String> timeouts() throws SQLException {
        List<String> timeouts = new ArrayList<>();
        for (Connection connection : connections) {
            long statement = count(connection, postgres
                    ? "select setting::bigint from pg_settings where name = 'statement_timeout'"
                    : "select cast(setting_value as bigint) from information_schema.settings where setting_name = 'QUERY_TIMEOUT'");
            timeouts.add(statement + " ms, network " + connection.getNetworkTimeout() + " ms");
        }
        return timeouts;
    }

    private long count(String sql) throws SQLException {
        return count(connections.get(0), sql);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
        connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT);
        connections.add(connection);
        return connection;
    }

    private void set(Connection connection, String milliseconds) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute((postgres ? "set statement_timeout = " : "set query_timeout ") + milliseconds);
        }
    }

    /**
     * Like the application's pool: a new connection with the short timeout for each that Flyway asks for (it takes
     * more than one), kept open when Flyway gives it back, so that the test can read its timeout then.
     */
    private DataSource pool() {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = connect();
                set(connection, shortTimeout);
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                return null;
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
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
