package org.rightsregistry.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.ProblemType;
import org.rightsregistry.common.web.RateLimitConfig;
import org.rightsregistry.common.web.RateLimiter;
import org.rightsregistry.common.web.RateLimiter.Decision;

/**
 * Rate limits on the API's operations: a valid token is counted per token, wherever its requests come from; any
 * other request per client address (with {@code quarkus.http.proxy.proxy-address-forwarding} behind a proxy, the
 * address the proxy reports; IPv6 addresses by their /64 network). A request over the limit is a 429 problem with
 * {@code Retry-After}; every counted response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}. Requests with a bad token are counted per address too, apart from anonymous reads: once an
 * address has sent as many as the anonymous limit in a window, its requests with a token are refused before the
 * token is looked up. {@code /q/*} (health, metrics, the contract) are not operations of the API and not limited.
 */
public class RateLimits {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";
    private static final String DECISION = RateLimits.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final Caller caller;

    public RateLimits(RateLimiter limiter, RateLimitConfig config, Caller caller) {
        this.limiter = limiter;
        this.config = config;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 1)
    public void refuseAddressSendingBadTokens(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled() || request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return;
        }
        Decision decision = limiter.peek(badTokenKey(http), config.anonymousRequests());
        if (!decision.allowed()) {
            request.setProperty(DECISION, decision);
            throw tooMany(decision, "Too many requests with an unknown, expired or revoked token from this address");
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public void count(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return;
        }
        Decision decision = caller.isAnonymous()
                ? limiter.consume("address " + address(http), config.anonymousRequests(), true)
                : limiter.consume("token " + caller.tokenId(), config.tokenRequests(), false);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            throw tooMany(decision, caller.isAnonymous() ? "Too many requests without a token from this address"
                    : "Too many requests with this token");
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (!config.enabled()) {
            return;
        }
        Object decided = request.getProperty(DECISION);
        if (decided == null && response.getStatus() == 401 && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            // refused by authentication, before it was counted: a bad token
            decided = limiter.consume(badTokenKey(http), config.anonymousRequests(), true);
        }
        if (decided instanceof Decision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(LIMIT, decision.limit());
            headers.putSingle(REMAINING, decision.remaining());
            headers.putSingle(RESET, decision.resetSeconds());
            if (response.getStatus() == 429) {
                headers.putSingle(RETRY_AFTER, decision.resetSeconds());
            }
        }
    }

    private ApiException tooMany(Decision decision, String why) {
        return new ApiException(ProblemType.TOO_MANY_REQUESTS, why + ": at most " + decision.limit() + " per "
                + config.window().toSeconds() + " s; retry in " + decision.resetSeconds() + " s");
    }

    private static String badTokenKey(HttpServerRequest http) {
        return "bad-token " + address(http);
    }

    /** The client address; an IPv6 address by its /64 network, which one client usually holds whole. */
    static String address(HttpServerRequest http) {
        SocketAddress remote = http.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        if (host == null || host.isEmpty()) {
            return "unknown";
        }
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress(); // a literal: no name lookup
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : host;
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
