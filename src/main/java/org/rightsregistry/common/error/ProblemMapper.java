package org.rightsregistry.common.error;

import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpClosedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rightsregistry.common.paging.CountTimeoutException;
import org.rightsregistry.common.web.RequestIds;

/**
 * The one place where exceptions become HTTP responses. Every response is {@code application/problem+json};
 * anything unexpected becomes a 500 with a fixed message, its details only in the log, under the request id.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response mapApi(ApiException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.errors(), e.dependents(), uri);
    }

    @ServerExceptionMapper
    public Response mapValidation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return mapApi(ApiException.invalid(errors), uri);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, UriInfo uri) {
        return mapApi(JsonProblems.from(e), uri);
    }

    // Jackson's own mappers in quarkus-rest-jackson are registered for these subtypes; ours must be as specific.
    @ServerExceptionMapper
    public Response mapMismatched(MismatchedInputException e, UriInfo uri) {
        return mapJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mapInvalidFormat(InvalidFormatException e, UriInfo uri) {
        return mapJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mapUnrecognized(UnrecognizedPropertyException e, UriInfo uri) {
        return mapJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mapJsonMapping(JsonMappingException e, UriInfo uri) {
        return mapJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mapStreamConstraints(StreamConstraintsException e, UriInfo uri) {
        return mapJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mapPatchRejected(org.rightsregistry.common.json.MergePatcher.PatchRejected e, UriInfo uri) {
        return mapJson(e.json(), uri);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = Arrays.stream(ProblemType.values())
                .filter(t -> t.status() == status && t != ProblemType.MALFORMED_JSON)
                .findFirst().orElse(null);
        if (type == null) {
            return mapUnexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return mapJson(json, uri);
        }
        Response response = respond(type, describe(type), List.of(), List.of(), uri);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    /**
     * Two writers raced on one record and this one lost. With {@code If-Match} it named a version that is no longer
     * current: 412, as if it had arrived a moment later. Without, 409: nothing was changed, fetch and retry.
     */
    @ServerExceptionMapper
    public Response mapOptimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        if (headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return respond(ProblemType.PRECONDITION_FAILED, "The record was changed by another request at the same time; "
                    + "fetch it again and retry", List.of(), List.of(), uri);
        }
        return mapApi(ApiException.conflict("The record was changed by another request at the same time; fetch it again and retry"), uri);
    }

    @ServerExceptionMapper
    public Response mapStaleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return mapOptimisticLock(null, uri, headers);
    }

    @ServerExceptionMapper
    public Response mapPersistence(PersistenceException e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseOutage.isOutage(e)) {
            return unavailable(e, uri);
        }
        if (e.getCause() instanceof StaleStateException || e instanceof OptimisticLockException) {
            return mapOptimisticLock(null, uri, headers);
        }
        if (e instanceof org.hibernate.exception.ConstraintViolationException) {
            // The service checks every rule first; reaching here means a concurrent request won a race.
            LOG.warnf("Database constraint rejected a write, request %s", RequestIds.current());
            return mapApi(ApiException.conflict("The change conflicts with another record that was written at the same time; retry"), uri);
        }
        return mapUnexpected(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.isOutage(e)) {
            return unavailable(e, uri);
        }
        if (clientLeft(e)) {
            // a dropped connection on a bad network is the client's doing, not a failure of the server; nobody reads the answer
            LOG.infof("The client closed the connection before the body of request %s was read", RequestIds.current());
            return respond(ProblemType.VALIDATION, "The connection closed before the request's body was complete",
                    List.of(), List.of(), uri);
        }
        LOG.errorf(e, "Unexpected failure in request %s", RequestIds.current());
        return respond(ProblemType.INTERNAL, "An unexpected error occurred; quote the request id when reporting it",
                List.of(), List.of(), uri);
    }

    /** 503: the database cannot serve now; the client may retry the same request after Retry-After seconds. */
    private Response unavailable(Throwable e, UriInfo uri) {
        boolean counting = countTimedOut(e);
        LOG.warnf(counting ? "Count still under way for another request in request %s: %s" : "Database unavailable in request %s: %s",
                RequestIds.current(), rootMessage(e));
        Response response = respond(ProblemType.SERVICE_UNAVAILABLE, counting
                ? "The same list or statistic is still being counted for another request; retry in a few seconds"
                : "The database is not available at the moment; retry in a few seconds (a create with the same id is safe to retry)",
                List.of(), List.of(), uri);
        return Response.fromResponse(response).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    /** Whether the request waited its time for another's count of the same query ({@link CountTimeoutException}). */
    private static boolean countTimedOut(Throwable e) {
        Throwable cause = e;
        // bounded, as in rootMessage: a chain of causes may loop
        for (int i = 0; i < 20 && cause != null; i++, cause = cause.getCause()) {
            if (cause instanceof CountTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Whether reading the request failed because the client closed or reset the connection (not the database's). */
    private static boolean clientLeft(Throwable e) {
        Throwable cause = e;
        // bounded, as in rootMessage: a chain of causes may loop
        for (int i = 0; i < 20 && cause != null; i++, cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof PersistenceException) {
                return false;
            }
            if (cause instanceof HttpClosedException || cause instanceof SocketException
                    || cause.getClass() == ClosedChannelException.class) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 20 && root.getCause() != null; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static Response respond(ProblemType type, String detail, List<FieldError> errors, List<Dependent> dependents, UriInfo uri) {
        String instance = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance, RequestIds.current(), errors, dependents);
        Response.ResponseBuilder response = Response.status(type.status()).type(PROBLEM_JSON).entity(body);
        if (type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rights-registry\"");
        }
        return response.build();
    }

    private static String describe(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No resource at this path";
            case METHOD_NOT_ALLOWED -> "This method is not supported on this path";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json (or application/merge-patch+json for PATCH)";
            case NOT_ACCEPTABLE -> "The requested media type cannot be produced; ask for application/json";
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the limit of 1 MiB";
            case UNAUTHORIZED -> "Send a valid token as Authorization: Bearer <token>";
            case FORBIDDEN -> "This token's role does not allow this operation";
            default -> type.title();
        };
    }

    /** The JSON path of a violated field, as problems name it ({@code names[0].script}). */
    public static String fieldPath(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName();
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || name == null || name.startsWith("<")) {
                name = "";
            }
            String index = node.getIndex() != null ? "[" + node.getIndex() + "]"
                    : node.getKey() != null ? "[" + node.getKey() + "]" : "";
            if (!parts.isEmpty() && !index.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
                index = "";
            }
            if (!name.isEmpty()) {
                parts.add(name + index);
            }
        }
        return parts.isEmpty() ? "body" : parts.stream().collect(Collectors.joining("."));
    }
}
