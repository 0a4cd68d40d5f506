package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.rightsregistry.common.error.DatabaseOutage;

/** Which failures are an unavailable database (503, retry) and which are bugs (500). */
class DatabaseOutageTest {

    @Test
    void shouldRecogniseAnUnreachableOrBusyDatabaseAnywhereInTheCauses() {
        assertThat(DatabaseOutage.isOutage(new PersistenceException("x", new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new PersistenceException("x", new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("canceling statement due to statement timeout", "57014"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new JDBCConnectionException("x", new SQLException("x")))).isTrue();
        // what a list or statistic throws after waiting its time for another request's count of the same query (Counts)
        assertThat(DatabaseOutage.isOutage(new QueryTimeoutException("A count of the same query has been under way for more than 30000 ms")))
                .isTrue();
    }

    @Test
    void shouldRecogniseACommitThatFailedBecauseTheConnectionWasLost() {
        // Narayana's failed commit: the driver's error only among the suppressed exceptions, under a wrapper
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(xa);
        assertThat(DatabaseOutage.isOutage(new RuntimeException("Error invoking subclass method", commit))).isTrue();

        RollbackException bug = new RollbackException("ARJUNA016053: Could not commit transaction.");
        bug.addSuppressed(new IllegalStateException("a bug"));
        assertThat(DatabaseOutage.isOutage(new RuntimeException(bug))).isFalse();
    }

    @Test
    void shouldNotTakeABugOrAConstraintViolationForAnOutage() {
        assertThat(DatabaseOutage.isOutage(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isOutage(new PersistenceException("x", new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("syntax error", "42601"))).isFalse();
    }
}
