package org.rightsregistry.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** A list's count is taken once per state of the registry, and once for callers asking for it at the same time. */
class CountsTest {

    @Test
    void shouldKeepACountUntilTheClockMoves() {
        String key = "select count(r) from Person r where r.id = :id " + UUID.randomUUID();
        AtomicLong clock = new AtomicLong(7);
        AtomicInteger counted = new AtomicInteger();
        assertThat(Counts.kept(clock::get, key, () -> 10 + counted.incrementAndGet())).isEqualTo(11);
        assertThat(Counts.kept(clock::get, key, () -> 10 + counted.incrementAndGet())).isEqualTo(11);
        assertThat(Counts.kept(clock::get, key + " other", () -> 20 + counted.incrementAndGet())).isEqualTo(22);
        clock.set(8);
        assertThat(Counts.kept(clock::get, key, () -> 10 + counted.incrementAndGet())).isEqualTo(13);
        assertThat(counted).hasValue(3);
    }

    @Test
    void shouldCountOnceForCallersAskingAtTheSameTime() throws Exception {
        String key = "select count(r) from Charge r " + UUID.randomUUID();
        AtomicInteger counted = new AtomicInteger();
        assertThat(askTogether(key, () -> 42L, counted)).containsExactly(42L, 42L, 42L, 42L, 42L);
        assertThat(counted).hasValue(1);
    }

    @Test
    void shouldLetAFailedCountFailOnlyItsOwnRequest() {
        String key = "select count(r) from Sentence r " + UUID.randomUUID();
        assertThatThrownBy(() -> Counts.kept(() -> 5, key, () -> {
            throw new IllegalStateException("statement timeout");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Counts.kept(() -> 5, key, () -> 9)).isEqualTo(9);
    }

    /**
     * Callers waiting for a count that fails fail with it, without counting again at once (a statistic that ran into
     * the statement timeout would, for each of them); the next caller counts anew.
     */
    @Test
    void shouldFailTheCallersWaitingForACountThatFails() throws Exception {
        String key = "select count(r) from Appeal r " + UUID.randomUUID();
        AtomicInteger counted = new AtomicInteger();
        List<Object> outcomes = askTogether(key, () -> {
            throw new IllegalStateException("statement timeout");
        }, counted);
        assertThat(outcomes).hasSize(5).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(IllegalStateException.class,
                failure -> assertThat(failure).hasMessage("statement timeout")));
        assertThat(counted).hasValue(1);
        assertThat(Counts.kept(() -> 3, key, () -> 11L)).isEqualTo(11L);
    }

    /**
     * Callers asking for a count that another is taking wait for it without reading the clock, which takes a connection
     * from the pool: 64 callers waiting for a statistic of a million persons, each with a connection, held the pool's
     * 20, and the requests after them timed out waiting for one (503). Callers that came while the count under way
     * began before them (here, after the registry changed) wait it out, then one of them reads the clock and counts the
     * new state, for all of them.
     */
    @Test
    void shouldWaitForACountUnderWayBeforeReadingTheClock() throws Exception {
        String key = "select count(r) from CourtCase r " + UUID.randomUUID();
        AtomicLong clock = new AtomicLong(3);
        AtomicInteger clockReads = new AtomicInteger();
        AtomicInteger counted = new AtomicInteger();
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            Future<Long> first = callers.submit(() -> Counts.kept(() -> {
                clockReads.incrementAndGet();
                return clock.get();
            }, key, () -> {
                counted.incrementAndGet();
                counting.countDown();
                await(release);
                return 30L;
            }));
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            clock.set(4); // a change while the first count runs: the callers after it need the new state's count
            List<Future<Long>> others = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                others.add(callers.submit(() -> Counts.kept(() -> {
                    clockReads.incrementAndGet();
                    return clock.get();
                }, key, () -> 40L + counted.incrementAndGet())));
            }
            Thread.sleep(200);
            assertThat(clockReads).hasValue(1); // only the first's: the others wait without touching the database
            assertThat(counted).hasValue(1);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(30L);
            for (Future<Long> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(42L); // the new state, counted once for all four
            }
            assertThat(counted).hasValue(2);
            // the two that counted read the clock, and any caller that woke only after the second count had ended (it
            // finds that count kept, under the clock it reads)
            assertThat(clockReads.get()).isBetween(2, 5);
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * A caller that has waited its time for a count under way fails with a timeout (a 503, retry later) without
     * counting beside it: under a statistic that takes that long, more counts of it would make it slower still.
     */
    @Test
    void shouldGiveUpWithoutCountingWhenACountUnderWayTakesTooLong() throws Exception {
        String key = "select count(r) from Source r " + UUID.randomUUID();
        AtomicInteger counted = new AtomicInteger();
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = callers.submit(() -> Counts.kept(() -> 6, key, () -> {
                counted.incrementAndGet();
                counting.countDown();
                await(release);
                return 60L;
            }));
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> waiting = callers.submit(() -> Counts.kept(() -> 6, key, () -> 70L + counted.incrementAndGet(), 200));
            assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(CountTimeoutException.class)
                    .hasMessage("A count of the same query has been under way for more than 200 ms");
            assertThat(counted).hasValue(1);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(60L);
            assertThat(Counts.kept(() -> 6, key, () -> 80L + counted.incrementAndGet())).isEqualTo(60L); // kept
            assertThat(counted).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * Five callers ask for the same count at the same clock: the first counts, held until the others are waiting (they
     * would count -1), then gives what {@code first} gives or throws. Returns what each got, the first's first: the
     * value, or the exception it ended with; {@code counted} counts the counts taken.
     */
    private static List<Object> askTogether(String key, Supplier<Long> first, AtomicInteger counted) throws Exception {
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            List<Future<Long>> asked = new ArrayList<>();
            asked.add(callers.submit(() -> Counts.kept(() -> 3, key, () -> {
                counted.incrementAndGet();
                counting.countDown();
                await(release);
                return first.get();
            })));
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 4; i++) {
                asked.add(callers.submit(() -> Counts.kept(() -> 3, key, () -> {
                    counted.incrementAndGet();
                    return -1L;
                })));
            }
            Thread.sleep(200); // the others are waiting for the first count, not counting
            assertThat(counted).hasValue(1);
            release.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Long> caller : asked) {
                try {
                    outcomes.add(caller.get(10, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            callers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
