package org.rightsregistry.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error response: RFC 9457 problem details, with per-field errors and dependents. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (`application/problem+json`).")
public record Problem(
        @Schema(description = "A stable relative URI naming the kind of problem. "
                + "`/problems/validation` (400): wrong types, unknown fields or parameters, unknown enum values, failed "
                + "constraints; `errors` names each. "
                + "`/problems/malformed-json` (400): the body is not JSON in UTF-8, is nested too deeply, or a merge "
                + "patch is not an object. "
                + "`/problems/unauthorized` (401): a token is needed, or the token is unknown, expired or revoked. "
                + "`/problems/forbidden` (403): the token's role does not allow the operation. "
                + "`/problems/not-found` (404): no such record (or a malformed id), or no such path. "
                + "`/problems/method-not-allowed` (405): the method is not supported on the path. "
                + "`/problems/not-acceptable` (406): `Accept` asks for something the operation does not give (JSON; CSV or NDJSON for exports). "
                + "`/problems/conflict` (409): other records depend on this one (`dependents`), or an id or a party is taken. "
                + "`/problems/precondition-failed` (412): `If-Match` or `version` is not the current version. "
                + "`/problems/length-required` (411): a body without `Content-Length` (chunked) outside imports. "
                + "`/problems/payload-too-large` (413): the body is over 1 MiB (64 MiB for imports). "
                + "`/problems/unsupported-media-type` (415): the body is not of a supported media type. "
                + "`/problems/domain-rule` (422): a well-formed request that breaks a rule of the domain. "
                + "`/problems/too-many-requests` (429): over the rate limit of the token or the client address; retry after "
                + "`Retry-After` seconds. "
                + "`/problems/service-unavailable` (503): the database cannot serve now, or the service is shutting "
                + "down; retry after `Retry-After` seconds. "
                + "`/problems/internal` (500): a bug; the log has the details under `requestId`.", required = true,
                enumeration = {"/problems/validation", "/problems/malformed-json", "/problems/unauthorized",
                        "/problems/forbidden", "/problems/not-found", "/problems/method-not-allowed",
                        "/problems/not-acceptable", "/problems/conflict", "/problems/precondition-failed", "/problems/length-required",
                        "/problems/payload-too-large", "/problems/unsupported-media-type", "/problems/domain-rule",
                        "/problems/too-many-requests", "/problems/service-unavailable", "/problems/internal"},
                example = "/problems/validation")
        String type,
        @Schema(description = "A short summary of the kind of problem.", required = true, example = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code.", required = true, example = "400")
        int status,
        @Schema(description = "What went wrong with this request.", example = "birthDate: must be an EDTF date")
        String detail,
        @Schema(description = "The path of the request.", example = "/api/v1/persons")
        String instance,
        @Schema(description = "The id of the request, as in the `X-Request-Id` response header and the server log.",
                example = "5f1c2a9e-3b7d-4c1e-9a52-0d6a1f2b3c4d")
        String requestId,
        @Schema(description = "Each invalid field or parameter (for 400 and 422).")
        List<FieldError> errors,
        @Schema(description = "The records that prevent the change (for 409).")
        List<Dependent> dependents) {
}
