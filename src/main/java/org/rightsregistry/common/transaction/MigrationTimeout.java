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
import org.jboss.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lifts the timeouts of the application's connections while Flyway runs a migration. Flyway takes its connections from
 * the application's pool, whose connections stop any statement after 10 s (PostgreSQL's {@code statement_timeout},
 * H2's {@code QUERY_TIMEOUT}) and, on PostgreSQL, give up on a server that has not answered for 20 s (the driver's
 * {@code socketTimeout}); an index built over a large registry takes longer, and a migration stopped half-way stops the
 * application from starting. Both are lifted on the connection that runs the migration, just before it, and set back
 * once it has succeeded or failed, so the connection goes back to the pool as it came. PostgreSQL's statement timeout
 * is lifted for the migration's transaction alone ({@code set local}, undone by its commit or rollback: after a failed
 * statement the transaction takes no other until it is rolled back); H2 has no such setting, and gets its own back.
 */
@Singleton
public class MigrationTimeout implements FlywayConfigurationCustomizer, Callback {

    /** What the connection had before the migration: its network timeout, and H2's statement timeout. */
    private record Kept(int networkTimeout, String queryTimeout) {
    }

    private static final Logger LOG = Logger.getLogger(MigrationTimeout.class);

    private Kept kept;

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(this);
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public synchronized void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            if (event == Event.BEFORE_EACH_MIGRATE) {
                kept = new Kept(connection.getNetworkTimeout(), postgres ? null : queryTimeout(connection));
                connection.setNetworkTimeout(Runnable::run, 0);
                execute(connection, postgres ? "set local statement_timeout = 0" : "set query_timeout 0");
            } else if (kept != null) {
                Kept before = kept;
                kept = null;
                connection.setNetworkTimeout(Runnable::run, before.networkTimeout());
                if (before.queryTimeout() != null) {
                    execute(connection, "set query_timeout " + before.queryTimeout());
                }
            }
        } catch (SQLException e) {
            if (event == Event.AFTER_EACH_MIGRATE_ERROR) {
                // the migration's own error is the one to report; a connection that cannot be set back is broken, and
                // the pool checks each connection before handing it out
                LOG.warnf("Could not restore the connection's timeouts after a failed migration: %s", e.getMessage());
                return;
            }
            throw new FlywayException("Could not " + (event == Event.BEFORE_EACH_MIGRATE ? "lift" : "restore")
                    + " the connection's timeouts around the migration", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "migration-timeout";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** H2's timeout of this session in milliseconds, a number read from the database itself. */
    private static String queryTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'")) {
            result.next();
            return Long.toString(Long.parseLong(result.getString(1)));
        }
    }
}
