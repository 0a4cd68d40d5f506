package org.rightsregistry.common.paging;

import jakarta.persistence.QueryTimeoutException;

/**
 * A request waited its time for another request's count of the same list or statistic, which is still under way: a
 * 503 with {@code Retry-After}, as for a statement that ran past its timeout, with a detail that says so.
 */
public final class CountTimeoutException extends QueryTimeoutException {

    private static final long serialVersionUID = 1L;

    public CountTimeoutException(long waitMillis) {
        super("A count of the same query has been under way for more than " + waitMillis + " ms");
    }
}
