package org.rightsregistry.common.export;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code Accept: text/csv} or {@code Accept: application/x-ndjson} on a list is the same request as {@code format=csv}
 * or {@code format=ndjson}: rewritten so before the request is matched, so that lists declare JSON alone (and JSON
 * stays the answer to {@code Accept: application/*}) while one code path handles exports.
 */
public class AcceptedExport {

    static final Set<String> LISTS = Set.of("/api/v1/persons", "/api/v1/cases", "/api/v1/charges", "/api/v1/sentences",
            "/api/v1/appeals", "/api/v1/sources");

    @ServerRequestFilter(preMatching = true)
    public void rewrite(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || !LISTS.contains(request.getUriInfo().getPath())) {
            return;
        }
        ExportFormat accepted = ExportParams.accepted(request.getHeaderString(HttpHeaders.ACCEPT));
        if (accepted == null) {
            return;
        }
        if (!request.getUriInfo().getQueryParameters().containsKey("format")) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri()).queryParam("format", accepted.extension).build());
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
    }
}
