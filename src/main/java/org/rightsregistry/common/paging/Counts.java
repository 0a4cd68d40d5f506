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
     * The count being taken of each key (at most one at a time), with the clock it was taken at; requests for the same
     * key wait for it.
     */
    private static final Map<String, Running> RUNNING = new HashMap<>();

    private record Running(long clock, CompletableFuture<Object> result) {
    }

    /** How long a request waits for another's count before counting itself. */
    static final long WAIT_SECONDS = 15;

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
     * The kept count of this key if the clock has not moved since it was taken; else one count, which requests that
     * ask for the same key meanwhile wait for instead of counting too (a page of many callers at once would otherwise
     * count as many times, each slower for the others), and fail with it if it fails at the clock they read. A request
     * waits for a count of its key under way before it reads the clock, so before it takes a connection from the pool
     * (when nothing before it in the request did): at a million persons a statistic takes seconds, and 64 callers
     * waiting for it each with a connection held the pool's 20 and made the others' requests time out (503) waiting
     * for one. A failed count is not kept: the next request counts anew.
     */
    @SuppressWarnings("unchecked") // a key's value is always of the type its query reads
    static <T> T kept(LongSupplier clock, String key, Supplier<T> read) {
        Running mine;
        while (true) {
            Running before;
            synchronized (KEPT) {
                before = RUNNING.get(key);
            }
            Throwable failed = null;
            if (before != null) {
                try {
                    before.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return read.get();
                } catch (ExecutionException e) {
                    failed = e.getCause();
                } catch (TimeoutException e) {
                    return read.get(); // the count under way is slow: this request counts for itself
                }
            }
            long now = clock.getAsLong();
            synchronized (KEPT) {
                Count kept = KEPT.get(key);
                if (kept != null && kept.clock() == now && System.nanoTime() - kept.takenAt() < MAX_AGE_NANOS) {
                    return (T) kept.value();
                }
                if (failed != null && before.clock() == now) {
                    // the count of this state failed (at a million persons, a statistic computed under load can run into
                    // the statement timeout): the requests that waited for it fail with it rather than each run it again
                    // at once, which took every one of them past the timeout and kept the database busy for the others
                    throw failed instanceof RuntimeException failure ? failure : new IllegalStateException(failed);
                }
                if (!RUNNING.containsKey(key)) {
                    mine = new Running(now, new CompletableFuture<>());
                    RUNNING.put(key, mine);
                    break;
                }
                // another request began to count between the wait and the clock: wait for that one
            }
        }
        long takenAt = System.nanoTime();
        T value;
        try {
            value = read.get();
        } catch (RuntimeException | Error e) {
            synchronized (KEPT) {
                RUNNING.remove(key, mine);
            }
            mine.result().completeExceptionally(e);
            throw e;
        }
        // kept and no longer under way before the waiting requests wake: they find it kept, and none waits again
        synchronized (KEPT) {
            KEPT.put(key, new Count(mine.clock(), value, takenAt));
            RUNNING.remove(key, mine);
        }
        mine.result().complete(value);
        return value;
    }
}
