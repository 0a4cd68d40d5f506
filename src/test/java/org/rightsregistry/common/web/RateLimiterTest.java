package org.rightsregistry.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.rightsregistry.common.web.RateLimiter.Decision;

/** The counting behind the rate limits: exact under concurrency, windows that end, and memory that stays bounded. */
class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(Duration.ofSeconds(60), 1000, nanos::get);

    @Test
    void shouldAllowTheLimitThenRefuseUntilTheWindowEnds() {
        for (int i = 1; i <= 3; i++) {
            assertThat(limiter.consume("address 203.0.113.7", 3, true)).isEqualTo(new Decision(3, 3 - i, 60, true));
        }
        nanos.addAndGet(Duration.ofMillis(20_500).toNanos());
        assertThat(limiter.consume("address 203.0.113.7", 3, true)).isEqualTo(new Decision(3, 0, 40, false));
        assertThat(limiter.peek("address 203.0.113.7", 3)).isEqualTo(new Decision(3, 0, 40, false));
        assertThat(limiter.consume("address 203.0.113.8", 3, true).allowed()).isTrue();
        nanos.addAndGet(Duration.ofSeconds(40).toNanos());
        assertThat(limiter.peek("address 203.0.113.7", 3).allowed()).isTrue();
        assertThat(limiter.consume("address 203.0.113.7", 3, true)).isEqualTo(new Decision(3, 2, 60, true));
    }

    @Test
    void shouldKeepMemoryBoundedUnderAFloodOfDistinctAddresses() {
        for (int i = 0; i < 200_000; i++) {
            limiter.consume("address 10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), 600, true);
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(1001);
        // the addresses beyond the bound share one count, which the flood has used up
        assertThat(limiter.consume("address 198.51.100.1", 600, true).allowed()).isFalse();
        // tokens are counted on their own whatever the flood
        assertThat(limiter.consume("token 6a3f0c2e", 3000, false).allowed()).isTrue();
        // once the window is over, the flood's counts are swept out
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(limiter.consume("address 198.51.100.1", 600, true)).isEqualTo(new Decision(600, 599, 60, true));
        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void shouldCountExactlyUnderConcurrency() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> allowed = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                allowed.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = 0; i < 1000; i++) {
                        if (limiter.consume("token shared", 5000, false).allowed()) {
                            n++;
                        }
                    }
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> f : allowed) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(5000);
        } finally {
            pool.shutdownNow();
        }
    }
}
