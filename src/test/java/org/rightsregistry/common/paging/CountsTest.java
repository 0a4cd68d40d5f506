package org.rightsregistry.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger counted = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            Future<Long> first = callers.submit(() -> Counts.kept(() -> 3, key, () -> {
                counted.incrementAndGet();
                counting.countDown();
                await(release);
                return 42L;
            }));
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?>[] others = new Future<?>[4];
            for (int i = 0; i < others.length; i++) {
                others[i] = callers.submit(() -> Counts.kept(() -> 3, key, () -> {
                    counted.incrementAndGet();
                    return -1L;
                }));
            }
            Thread.sleep(200); // the others are waiting for the first count, not counting
            assertThat(counted).hasValue(1);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(42);
            for (Future<?> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(42L);
            }
            assertThat(counted).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
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
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger counted = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<Long> first = callers.submit(() -> Counts.kept(() -> 6, key, () -> {
                counted.incrementAndGet();
                counting.countDown();
                await(release);
                throw new IllegalStateException("statement timeout");
            }));
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?>[] others = new Future<?>[3];
            for (int i = 0; i < others.length; i++) {
                others[i] = callers.submit(() -> Counts.kept(() -> 6, key, () -> {
                    counted.incrementAndGet();
                    return -1L;
                }));
            }
            Thread.sleep(200); // the others are waiting for the first count
            release.countDown();
            List<Future<?>> all = new ArrayList<>(List.of(others));
            all.add(first);
            for (Future<?> caller : all) {
                assertThatThrownBy(() -> caller.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                        .hasRootCauseMessage("statement timeout");
            }
            assertThat(counted).hasValue(1);
            assertThat(Counts.kept(() -> 6, key, () -> 11L)).isEqualTo(11L);
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
