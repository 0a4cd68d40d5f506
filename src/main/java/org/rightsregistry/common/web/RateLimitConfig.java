package org.rightsregistry.common.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code registry.rate-limit.*}: how many requests a client may make per window. */
@ConfigMapping(prefix = "registry.rate-limit")
public interface RateLimitConfig {

    /** Off in the test profile; on everywhere else unless switched off. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per window from one client address without a (valid) token. */
    @WithDefault("600")
    int anonymousRequests();

    /** Requests per window with one token, wherever they come from. */
    @WithDefault("3000")
    int tokenRequests();

    /** The length of a window; it starts with a client's first request. */
    @WithDefault("60S")
    Duration window();

    /**
     * How many client addresses are counted at most at once; beyond that, new addresses share one count, so a flood
     * of distinct addresses cannot grow memory without bound (about 200 bytes per address).
     */
    @WithDefault("50000")
    int maxClients();
}
