package org.rightsregistry.common.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts requests per client key in fixed windows that start with the key's first request. Thread-safe and bounded:
 * keys whose window has ended are swept out at most once per window length, and when {@code maxClients} keys are
 * counted, a further bounded key (a client address) is counted under one shared overflow key instead of its own.
 * Keys of tokens are not bounded that way: there are only as many as an admin created.
 */
@ApplicationScoped
public class RateLimiter {

    static final String OVERFLOW = "overflow";

    /** The outcome for one request: the numbers of the {@code RateLimit-*} headers, and whether it may pass. */
    public record Decision(int limit, int remaining, long resetSeconds, boolean allowed) {
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final long windowNanos;
    private final int maxClients;
    private final LongSupplier clock;
    private final AtomicLong lastSweep;

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config.window(), config.maxClients(), System::nanoTime);
    }

    RateLimiter(Duration window, int maxClients, LongSupplier clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("registry.rate-limit.window must be positive");
        }
        this.windowNanos = window.toNanos();
        this.maxClients = Math.max(1, maxClients);
        this.clock = clock;
        this.lastSweep = new AtomicLong(clock.getAsLong());
    }

    /**
     * Counts one request of {@code key}.
     *
     * @param bounded whether the key comes from the client (an address) and so counts towards {@code maxClients}
     */
    public Decision consume(String key, int limit, boolean bounded) {
        long now = clock.getAsLong();
        sweep(now);
        String counted = bounded && !windows.containsKey(key) && windows.size() >= maxClients ? OVERFLOW : key;
        Window window = windows.compute(counted, (k, w) -> w == null || now - w.start >= windowNanos ? new Window(now) : w);
        // Never counts past limit + 1, so a long flood cannot overflow the counter.
        int count = window.count.updateAndGet(c -> c > limit ? c : c + 1);
        return decision(window, count, limit, now, count <= limit);
    }

    /** How {@code key} stands, without counting a request: allowed while another request would be within the limit. */
    public Decision peek(String key, int limit) {
        long now = clock.getAsLong();
        Window window = windows.get(key);
        if (window == null || now - window.start >= windowNanos) {
            return new Decision(limit, limit, Math.max(1, seconds(windowNanos)), true);
        }
        int count = window.count.get();
        return decision(window, count, limit, now, count < limit);
    }

    /** How many keys are counted now (for tests of the bound). */
    int size() {
        return windows.size();
    }

    private Decision decision(Window window, int count, int limit, long now, boolean allowed) {
        long reset = Math.max(1, seconds(window.start + windowNanos - now));
        return new Decision(limit, Math.max(0, limit - count), reset, allowed);
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last >= windowNanos && lastSweep.compareAndSet(last, now)) {
            windows.values().removeIf(w -> now - w.start >= windowNanos);
        }
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
