package org.rightsregistry.common.transaction;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lifts the statement timeout while Flyway runs a migration. Flyway takes its connections from the application's pool,
 * whose connections stop any statement after 10 s (PostgreSQL's {@code statement_timeout}, H2's {@code QUERY_TIMEOUT});
 * an index built over a large registry takes longer, and a migration stopped half-way stops the application from
 * starting. The timeout is lifted on the connection that runs the migration, just before it: on PostgreSQL for the
 * migration's transaction alone ({@code set local}, undone by its commit or rollback); on H2, which has no such
 * setting, for the connection, and set back to the value read before once the migration has succeeded or failed. So
 * the connection goes back to the pool as it came.
 */
@Singleton
public class MigrationTimeout implements FlywayConfigurationCustomizer, Callback {

    private String kept;

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(this);
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE
                || (event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_ERROR) && !postgres(context.getConnection());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public synchronized void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (postgres(connection)) {
                statement.execute("set local statement_timeout = 0");
            } else if (event == Event.BEFORE_EACH_MIGRATE) {
                kept = queryTimeout(statement);
                statement.execute("set query_timeout 0");
            } else if (kept != null) {
                statement.execute("set query_timeout " + kept);
                kept = null;
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not " + (event == Event.BEFORE_EACH_MIGRATE ? "lift" : "restore")
                    + " the statement timeout around the migration", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "migration-timeout";
    }

    private static boolean postgres(Connection connection) {
        try {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new FlywayException("Could not tell the database's kind", e);
        }
    }

    /** H2's timeout of this session in milliseconds, a number read from the database itself. */
    private static String queryTimeout(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery(
                "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'")) {
            result.next();
            return Long.toString(Long.parseLong(result.getString(1)));
        }
    }
}
