package org.rightsregistry.common.web;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.paging.Page;

/** The HTTP side of a page: a {@code Link: <…>; rel="next"} header when there is a next page. */
public final class Lists {

    private Lists() {
    }

    public static <T> RestResponse<Page<T>> response(Page<T> page, UriInfo uri) {
        // JSON explicitly: a list that can also be exported produces CSV and NDJSON too, and Accept: application/* must
        // still get the JSON page
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
        if (page.nextCursor() != null) {
            builder.header("Link", Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build())
                    .rel("next").build().toString());
        }
        return builder.build();
    }
}
