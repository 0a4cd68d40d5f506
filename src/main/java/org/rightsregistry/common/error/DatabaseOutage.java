package org.rightsregistry.common.error;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises, anywhere in a chain of causes, the failures that mean the database cannot serve now (unreachable,
 * restarting, out of connections, or a statement that ran past its timeout), as opposed to a bug: those are a 503
 * that a client may retry, not a 500.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 5;

    // 08: connection exceptions; 57P01-57P03: shutdown or not yet accepting; 57014: statement cancelled (timeout);
    // 53300: too many connections; 55P03: lock not available; HYT00/HYT01: timeouts (H2 and others).
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300", "55P03", "HYT00", "HYT01");

    private DatabaseOutage() {
    }

    /**
     * Whether the failure, one of its causes, or one of their suppressed exceptions says the database cannot serve. A
     * commit that fails because the connection was lost reaches here as Narayana's {@code RollbackException}, with the
     * driver's error only among the suppressed exceptions of the chain.
     */
    public static boolean isOutage(Throwable failure) {
        return isOutage(failure, 0);
    }

    private static boolean isOutage(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (says(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isOutage(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean says(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLTimeoutException || t instanceof ConnectException || t instanceof SocketTimeoutException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof jakarta.persistence.QueryTimeoutException || t instanceof org.hibernate.QueryTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                return true;
            }
            String message = sql.getMessage();
            // Agroal: no connection could be had within quarkus.datasource.jdbc.acquisition-timeout
            return message != null && message.contains("acquisition timeout");
        }
        return false;
    }
}
