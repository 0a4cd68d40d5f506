package org.rightsregistry.common.export;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Hands a streamed export to the HTTP layer from a list method whose declared type is the JSON page. The declared
 * type is what the contract publishes and what the framework picks its JSON writer by; a streamed body needs the
 * writer chosen for the entity itself, which is what a response carried by a {@link WebApplicationException} gets.
 */
public class StreamedExport extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public StreamedExport(Response response) {
        super(response);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The export's response, as it is. */
    public static class Mapper {

        @ServerExceptionMapper
        public Response map(StreamedExport export) {
            return export.getResponse();
        }
    }
}
