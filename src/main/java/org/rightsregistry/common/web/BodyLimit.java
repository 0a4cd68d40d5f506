package org.rightsregistry.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsregistry.common.error.ProblemType;

/**
 * Refuses a body whose declared length exceeds the limit before any of it is read, with a problem document.
 * (A chunked body without a length is cut off at the same limit by the HTTP layer itself.)
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize max) {
        this.maxBytes = max.asLongValue();
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
            if (declared > maxBytes) {
                ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                JsonObject problem = new JsonObject()
                        .put("type", type.uri()).put("title", type.title()).put("status", type.status())
                        .put("detail", "The request body exceeds the limit of " + maxBytes + " bytes")
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
