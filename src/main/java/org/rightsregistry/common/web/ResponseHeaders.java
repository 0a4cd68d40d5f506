package org.rightsregistry.common.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;

/**
 * Headers on every response, whoever writes it: {@code X-Content-Type-Options: nosniff}; {@code Cache-Control:
 * private, no-store} on a response to a request with credentials (it may hold records that are not public) and on
 * every error; {@code Cache-Control: no-cache} on other responses of the API (a cache may keep them, but must
 * revalidate with the ETag first); and {@code Vary: Authorization, Origin} on the API, so that a shared cache never
 * gives one caller's response to another, nor one origin's CORS headers to another.
 */
@ApplicationScoped
public class ResponseHeaders {

    public static final String NOSNIFF = "nosniff";
    public static final String PRIVATE = "private, no-store";
    public static final String REVALIDATE = "no-cache";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            boolean credentials = ctx.request().headers().contains(HttpHeaders.AUTHORIZATION);
            String path = ctx.normalizedPath();
            boolean api = path != null && path.startsWith("/api/");
            HttpServerResponse response = ctx.response();
            ctx.addHeadersEndHandler(v -> apply(response, credentials, api));
            ctx.next();
        });
    }

    static void apply(HttpServerResponse response, boolean credentials, boolean api) {
        MultiMap headers = response.headers();
        headers.set("X-Content-Type-Options", NOSNIFF);
        String cache = headers.get(HttpHeaders.CACHE_CONTROL);
        if (credentials || response.getStatusCode() >= 400) {
            if (cache == null || !cache.contains("no-store")) {
                headers.set(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
        } else if (api && cache == null) {
            headers.set(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        }
        if (api) {
            vary(headers, "Authorization");
            vary(headers, "Origin");
        }
    }

    private static void vary(MultiMap headers, String name) {
        List<String> vary = headers.getAll(HttpHeaders.VARY);
        if (vary.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))) {
            headers.set(HttpHeaders.VARY, vary.isEmpty() ? name : String.join(", ", vary) + ", " + name);
        }
    }

    /** For the few responses written before this handler runs (a body over the limit, a shutdown): an error. */
    static void onError(HttpServerResponse response, String path) {
        apply(response, true, path != null && path.startsWith("/api/"));
    }
}
