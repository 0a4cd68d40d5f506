package org.rightsregistry.common.web;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.rightsregistry.common.error.DatabaseOutage;
import org.rightsregistry.common.error.ProblemType;

/**
 * Graceful shutdown: from the moment the process is asked to stop (SIGTERM), a new request is refused with 503
 * problem+json and {@code Retry-After}, while the requests already in flight finish (Quarkus waits for them up to
 * {@code quarkus.shutdown.timeout}). Quarkus itself would go on serving new requests until the wait is over.
 */
@ApplicationScoped
public class ShutdownGate {

    private static final AtomicBoolean STOPPING = new AtomicBoolean();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    void install(@Observes Router router) {
        if (HOOKED.compareAndSet(false, true)) {
            // JVM shutdown hooks start together on SIGTERM, Quarkus' own (which waits for requests) among them.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> STOPPING.set(true), "registry-shutdown-gate"));
        }
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (!STOPPING.get()) {
                ctx.next();
                return;
            }
            ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
            JsonObject problem = new JsonObject()
                    .put("type", type.uri()).put("title", type.title()).put("status", type.status())
                    .put("detail", "The service is shutting down; retry in a few seconds")
                    .put("instance", ctx.request().path());
            ctx.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .putHeader(HttpHeaders.CONNECTION, "close");
            ResponseHeaders.onError(ctx.response(), ctx.normalizedPath());
            ctx.response().end(problem.encode());
        });
    }
}
