package org.rightsregistry.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Refreshes PostgreSQL's planner statistics while an import grows the tables. A fresh or small registry has statistics
 * that say its tables are nearly empty; until autovacuum's next pass, the planner then reads a whole table where an
 * index would find a few rows, and each group of an import costs more than the last. H2 refreshes its statistics by
 * itself as tables change.
 */
@ApplicationScoped
public class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class);

    private final DataSource dataSource;

    public PlannerStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * How many records the planner believes the registry holds (its estimates of the record tables' rows, as the last
     * {@code ANALYZE} or autovacuum left them); 0 on H2, or when they cannot be read. An import that adds far fewer
     * records than that leaves the planner's picture nearly right, and need not refresh it.
     */
    public long records() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return 0;
            }
            try (ResultSet rows = statement.executeQuery("select coalesce(sum(greatest(reltuples, 0)), 0)::bigint from pg_class "
                    + "where relnamespace = current_schema()::regnamespace and relkind = 'r' "
                    + "and relname in ('person', 'court_case', 'party', 'charge', 'sentence', 'appeal', 'source')")) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            LOG.warnf("Planner statistics not read (SQL state %s); the import refreshes them as for an empty registry", e.getSQLState());
            return 0;
        }
    }

    /** Runs {@code ANALYZE} on PostgreSQL, outside any transaction; a failure is logged and the import goes on. */
    public void refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                long start = System.nanoTime();
                statement.execute("analyze");
                LOG.debugf("Planner statistics refreshed in %d ms", (System.nanoTime() - start) / 1_000_000);
            }
        } catch (SQLException e) {
            LOG.warnf("Planner statistics not refreshed (SQL state %s); the import goes on", e.getSQLState());
        }
    }
}
