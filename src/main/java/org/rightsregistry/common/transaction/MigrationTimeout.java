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
 * Lifts the statement timeout while Flyway migrates. Flyway takes its connection from the application's pool, whose
 * connections stop any statement after 10 s (PostgreSQL's {@code statement_timeout}, H2's {@code QUERY_TIMEOUT}); an
 * index built over a large registry takes longer, and a migration stopped half-way stops the application from
 * starting. Before the migration the connection's timeout is read and set to none; after it, whether it succeeded or
 * failed, the timeout read is set again, so the connection goes back to the pool as it came.
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
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public synchronized void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            if (event == Event.BEFORE_MIGRATE) {
                kept = read(statement, postgres);
                set(statement, postgres, "0");
            } else if (kept != null) {
                set(statement, postgres, kept);
                kept = null;
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not " + (event == Event.BEFORE_MIGRATE ? "lift" : "restore")
                    + " the statement timeout around the migration", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "migration-timeout";
    }

    private static String read(Statement statement, boolean postgres) throws SQLException {
        try (ResultSet result = statement.executeQuery(postgres
                ? "select setting from pg_settings where name = 'statement_timeout'"
                : "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'")) {
            result.next();
            return result.getString(1);
        }
    }

    private static void set(Statement statement, boolean postgres, String milliseconds) throws SQLException {
        // a value read from the database itself, checked to be a number before it is written into the statement
        long value = Long.parseLong(milliseconds);
        statement.execute(postgres ? "set statement_timeout = " + value : "set query_timeout " + value);
    }
}
