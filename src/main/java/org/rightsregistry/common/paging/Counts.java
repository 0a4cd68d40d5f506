package org.rightsregistry.common.paging;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * The {@code total} of a list, counted once per state of the registry: paging through a list (or many callers asking
 * for the same one) counts the matching records on the first page only; and so the rows of a statistic
 * ({@link #kept(EntityManager, String, Map, Supplier)}). A count is kept with the change feed's clock
 * ({@code feed_clock.last_seq}) as it was read before counting; every change of a record writes a revision and moves
 * the clock, so a count is reused only while the clock has not moved since it was taken, on every instance sharing
 * the database. A count is keyed by its query, which holds the caller's visibility condition, and its parameters, so
 * callers who see different records never share one. Counts that depend on search keys (a {@code q}) are not kept:
 * the background backfill adds keys without moving the clock. Rows written into the database past the application
 * (not through its API or import), or a database restored to an earlier state, are counted right once a record is
 * next changed, and at the latest after {@link #MAX_AGE_NANOS} (a minute).
 */
final class Counts {

    /** Distinct list queries kept at most (the oldest used goes first). */
    static final int CAPACITY = 2000;

    /** The longest a count is kept, whatever the clock says. */
    static final long MAX_AGE_NANOS = 60_000_000_000L;

    private record Count(long clock, Object value, long takenAt) {
    }

    private static final Map<String, Count> KEPT = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The count under way of each key (at most one at a time), or the request deciding whether the kept one still holds,
     * with the ticket it took when it began; requests for the same key wait for it.
     */
    private static final Map<String, Running> RUNNING = new HashMap<>();

    private record Running(long ticket, CompletableFuture<Object> result) {
    }

    /** Numbers requests and counts in the order they arrive and begin (guarded by {@link #KEPT}). */
    private static long tickets;

    /**
     * How long a request waits for another's count: the longest a count can take, as it runs in its request's
     * transaction ({@code quarkus.transaction-manager.default-transaction-timeout}, 30 s). A request that waited that long
     * is answered 503 (retry later) rather than counting beside it: under a statistic that takes that long, each such
     * request counting for itself would add to what makes it slow.
     */
    static final long WAIT_MILLIS = 30_000;

    private Counts() {
    }

    /**
     * What {@code read} reads with this query and its parameters (a count, or a statistic's rows), kept; the value must
     * not be changed by whoever gets it, as other requests get the same.
     */
    static <T> T kept(EntityManager em, String jpql, Map<String, Object> params, Supplier<T> read) {
        if (jpql.contains("SearchKey")) {
            return read.get();
        }
        // without a flush first: that would also drop the page's collections from Hibernate's batch fetching
        LongSupplier clock = () -> ((Number) em.createNativeQuery("select last_seq from feed_clock where id = 1")
                .setFlushMode(FlushModeType.COMMIT).getSingleResult()).longValue();
        return kept(clock, jpql + "\u0000" + new TreeMap<>(params), read);
    }

    /**
     * The kept count of this key if the clock has not moved since it was taken, else a new count; one request at a time
     * per key reads the clock and counts, and the requests that ask for the same key meanwhile wait for it without
     * touching the database: a count (or a kept count found still good) that began after a request arrived is at least
     * as new as the registry the request asked about, so the request takes it; one that began before, it waits out and
     * asks again. Waiting requests hold no connection of the pool (when nothing before it in the request took one): at
     * a million persons a statistic takes seconds, and 64 callers each waiting with a connection held the pool's 20 and
     * made the others' requests time out waiting for one (503). Requests waiting for a count that fails fail with it
     * (at a million persons a statistic computed under load can run into the statement timeout) rather than each count
     * again at once, which took every one of them past the timeout and kept the database busy for the others. A failed
     * count is not kept: the next request counts anew. A request that has waited {@link #WAIT_MILLIS} fails with a
     * {@link CountTimeoutException} (503) without counting.
     */
    static <T> T kept(LongSupplier clock, String key, Supplier<T> read) {
        return kept(clock, key, read, WAIT_MILLIS);
    }

    /** As {@link #kept(LongSupplier, String, Supplier)}, waiting at most {@code waitMillis} for another's count. */
    @SuppressWarnings("unchecked") // a key's value is always of the type its query reads
    static <T> T kept(LongSupplier clock, String key, Supplier<T> read, long waitMillis) {
        long arrived;
        synchronized (KEPT) {
            arrived = ++tickets;
        }
        Running mine;
        while (true) {
            Running running;
            synchronized (KEPT) {
                running = RUNNING.get(key);
                if (running == null) {
                    mine = new Running(++tickets, new CompletableFuture<>());
                    RUNNING.put(key, mine);
                    break;
                }
            }
            Object value;
            try {
                value = running.result().get(waitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return read.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                // a 503 with Retry-After (ProblemMapper), as for a statement that ran past its timeout
                throw new CountTimeoutException(waitMillis);
            }
            if (running.ticket() > arrived) {
                return (T) value;
            }
        }
        try {
            long now = clock.getAsLong();
            T value = null;
            synchronized (KEPT) {
                Count kept = KEPT.get(key);
                if (kept != null && kept.clock() == now && System.nanoTime() - kept.takenAt() < MAX_AGE_NANOS) {
                    value = (T) kept.value();
                }
            }
            if (value == null) {
                long takenAt = System.nanoTime();
                value = read.get();
                synchronized (KEPT) {
                    KEPT.put(key, new Count(now, value, takenAt));
                }
            }
            // no longer under way before the waiting requests wake, so that none of them waits for it again
            synchronized (KEPT) {
                RUNNING.remove(key, mine);
            }
            mine.result().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (KEPT) {
                RUNNING.remove(key, mine);
            }
            mine.result().completeExceptionally(e);
            throw e;
        }
    }
}
