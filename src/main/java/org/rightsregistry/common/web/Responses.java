package org.rightsregistry.common.web;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** The success responses of record operations, each with the record's version as its ETag. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> created(T body, UUID id, long version, UriInfo uri) {
        URI location = uri.getAbsolutePathBuilder().path(id.toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(Preconditions.etag(version)).build();
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(Preconditions.etag(version)).build();
    }

    /** A GET: 304 without a body when {@code If-None-Match} names the current version. */
    public static <T> RestResponse<T> read(T body, long version, String ifNoneMatch) {
        if (Preconditions.noneMatch(ifNoneMatch, version)) {
            return RestResponse.ResponseBuilder.<T>notModified(Preconditions.etag(version)).build();
        }
        return ok(body, version);
    }
}
