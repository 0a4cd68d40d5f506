package org.rightsregistry.common.error;

/** Every kind of problem the API reports, each with a stable relative URI and its HTTP status. */
public enum ProblemType {
    VALIDATION("/problems/validation", 400, "Invalid request"),
    MALFORMED_JSON("/problems/malformed-json", 400, "Malformed JSON"),
    UNAUTHORIZED("/problems/unauthorized", 401, "Authentication required"),
    FORBIDDEN("/problems/forbidden", 403, "Not allowed"),
    NOT_FOUND("/problems/not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("/problems/method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("/problems/not-acceptable", 406, "Not acceptable"),
    CONFLICT("/problems/conflict", 409, "Conflict"),
    PRECONDITION_FAILED("/problems/precondition-failed", 412, "Precondition failed"),
    LENGTH_REQUIRED("/problems/length-required", 411, "Length required"),
    PAYLOAD_TOO_LARGE("/problems/payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("/problems/unsupported-media-type", 415, "Unsupported media type"),
    DOMAIN_RULE("/problems/domain-rule", 422, "Domain rule violated"),
    TOO_MANY_REQUESTS("/problems/too-many-requests", 429, "Too many requests"),
    SERVICE_UNAVAILABLE("/problems/service-unavailable", 503, "Service unavailable"),
    INTERNAL("/problems/internal", 500, "Internal error");

    private final String uri;
    private final int status;
    private final String title;

    ProblemType(String uri, int status, String title) {
        this.uri = uri;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
