package org.rightsregistry.history;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.json.Texts;

/** Reads {@code X-Change-Reason} into the {@link ChangeContext}; a reason that is too long or not text is a 400. */
public class ChangeHeaders {

    public static final String REASON = "X-Change-Reason";
    static final int MAX_REASON = 500;

    private final ChangeContext context;

    public ChangeHeaders(ChangeContext context) {
        this.context = context;
    }

    @ServerRequestFilter
    public void read(ContainerRequestContext request) {
        String reason = request.getHeaderString(REASON);
        if (reason == null || reason.isBlank()) {
            return;
        }
        if (reason.length() > MAX_REASON) {
            throw ApiException.invalid(REASON, "must be at most " + MAX_REASON + " characters");
        }
        String problem = Texts.problem(reason);
        if (problem != null) {
            throw ApiException.invalid(REASON, problem);
        }
        context.reason(reason.strip());
    }
}
