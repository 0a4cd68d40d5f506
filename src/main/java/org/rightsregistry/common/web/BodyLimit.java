package org.rightsregistry.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsregistry.common.error.ProblemType;

/**
 * Refuses a body whose declared length exceeds the limit before any of it is read, with a problem document: 1 MiB
 * ({@code registry.max-body-size}) for every operation but imports, which take up to the HTTP layer's limit
 * ({@code quarkus.http.limits.max-body-size}, 64 MiB). Outside imports a body must declare its length (411 for a
 * chunked one), so that no request can make the server read more than the limit.
 */
@ApplicationScoped
public class BodyLimit {

    /** The paths that take bodies up to the HTTP layer's limit. */
    static final String IMPORTS = "/api/v1/import";

    private final long maxBytes;
    private final long importBytes;

    public BodyLimit(@ConfigProperty(name = "registry.max-body-size") io.quarkus.runtime.configuration.MemorySize max,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize imports) {
        this.maxBytes = max.asLongValue();
        this.importBytes = imports.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            boolean importing = ctx.normalizedPath().startsWith(IMPORTS);
            long limit = importing ? importBytes : maxBytes;
            String chunked = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
            // a body of unknown length: chunked in HTTP/1.1; in HTTP/2 any body sent without a length
            boolean unsized = declared < 0 && ((chunked != null && chunked.toLowerCase(java.util.Locale.ROOT).contains("chunked"))
                    || (ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2
                            && java.util.Set.of("POST", "PUT", "PATCH").contains(ctx.request().method().name())));
            if (declared > limit || (unsized && !importing)) {
                ProblemType type = declared > limit ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.LENGTH_REQUIRED;
                JsonObject problem = new JsonObject()
                        .put("type", type.uri()).put("title", type.title()).put("status", type.status())
                        .put("detail", declared > limit ? "The request body exceeds the limit of " + limit + " bytes"
                                : "Send the body with a Content-Length (at most " + limit + " bytes); only imports take chunked bodies")
                        .put("instance", ctx.request().path());
                ctx.response().setStatusCode(type.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close");
                ResponseHeaders.onError(ctx.response(), ctx.normalizedPath());
                ctx.response().end(problem.encode());
                return;
            }
            ctx.next();
        });
    }
}
