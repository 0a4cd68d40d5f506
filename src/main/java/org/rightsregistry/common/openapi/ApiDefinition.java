package org.rightsregistry.common.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightsregistry.common.error.Problem;

/**
 * The parts of the contract shared by every operation: the error responses (all {@code application/problem+json})
 * and the headers, referenced by name from the resources so that they stay readable. (SmallRye reads the
 * definition from the JAX-RS application class; this one adds no path and no resources of its own.)
 */
@OpenAPIDefinition(
        info = @Info(title = "Rights Registry API", version = "0.1.0"),
        tags = {
                @Tag(name = "Persons", description = "People prosecuted for exercising their rights, and others named in proceedings."),
                @Tag(name = "Cases", description = "Proceedings, and the persons who are parties to them."),
                @Tag(name = "Charges", description = "Accusations against one party of one case."),
                @Tag(name = "Sentences", description = "Court decisions on one person in one case."),
                @Tag(name = "Appeals", description = "Challenges of sentences."),
                @Tag(name = "Sources", description = "Documents that facts come from, and the records that cite them."),
                @Tag(name = "Changes", description = "The feed of every change to every record, in commit order."),
                @Tag(name = "Tokens", description = "API tokens and their roles; admins only."),
                @Tag(name = "Search", description = "Finding persons and cases by name, number or words, in any script and spelling."),
                @Tag(name = "Statistics", description = "Counts of persons, cases, charges and sentences, grouped and filtered."),
                @Tag(name = "Export", description = "Every visible record at once: the full dump and FollowTheMoney entities; imports.")
        },
        components = @Components(
                securitySchemes = @org.eclipse.microprofile.openapi.annotations.security.SecurityScheme(
                        securitySchemeName = ApiDefinition.BEARER,
                        type = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType.HTTP, scheme = "bearer",
                        description = "An API token: `Authorization: Bearer <token>`. Reads of public records need none; writes "
                                + "need the role `editor`, deletes and tokens the role `admin`."),
                responses = {
                        @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                                description = "The request is malformed: invalid JSON, a wrong type, an unknown field or query parameter, "
                                        + "an unknown enum value or a failed constraint. Each offending field is named in `errors`.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.UNAUTHORIZED, responseCode = "401",
                                description = "The operation needs a token and none was sent, or the token is unknown, expired or "
                                        + "revoked. The response carries `WWW-Authenticate: Bearer`.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.FORBIDDEN, responseCode = "403",
                                description = "The token's role does not allow the operation.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404",
                                description = "No record with this id (or a malformed id).",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.CONFLICT, responseCode = "409",
                                description = "The change conflicts with other records: dependents are named in `dependents`, "
                                        + "or the id is taken.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.PRECONDITION_FAILED, responseCode = "412",
                                description = "`If-Match` (or the body's `version`) does not name the current version; nothing changed.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.LENGTH_REQUIRED, responseCode = "411",
                                description = "The body was sent without `Content-Length` (chunked); only imports take that.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.TOO_LARGE, responseCode = "413",
                                description = "The request body exceeds 1 MiB (64 MiB for imports).",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.UNSUPPORTED, responseCode = "415",
                                description = "The body is not of a supported media type.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.NOT_ACCEPTABLE, responseCode = "406",
                                description = "The `Accept` header asks for a media type other than JSON.",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.SERVICE_UNAVAILABLE, responseCode = "503",
                                description = "The database cannot be reached or did not answer in time. Retry after the number of "
                                        + "seconds in `Retry-After`; a create with the same `id` is safe to retry.",
                                headers = @Header(name = "Retry-After", ref = ApiDefinition.RETRY_AFTER),
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.TOO_MANY_REQUESTS, responseCode = "429",
                                description = "Too many requests in the current window: per token with a token, per client address "
                                        + "without one. Retry after the number of seconds in `Retry-After`. (Successful responses "
                                        + "carry the `RateLimit-*` headers too when limits are on.)",
                                headers = {
                                        @Header(name = "Retry-After", ref = ApiDefinition.RETRY_AFTER),
                                        @Header(name = "RateLimit-Limit", ref = ApiDefinition.RATE_LIMIT_LIMIT),
                                        @Header(name = "RateLimit-Remaining", ref = ApiDefinition.RATE_LIMIT_REMAINING),
                                        @Header(name = "RateLimit-Reset", ref = ApiDefinition.RATE_LIMIT_RESET)
                                },
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDefinition.UNPROCESSABLE, responseCode = "422",
                                description = "A well-formed request that breaks a rule of the domain: a reference to a record that "
                                        + "does not exist, a person who is not a party of the case, an appeal decided before it was filed, …",
                                content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
                },
                parameters = {
                        @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = ApiDefinition.CHANGE_REASON,
                                in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
                                description = "Why the change is made (at most 500 characters); kept in the record's history.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 500),
                                example = "Court record of 7 December 2021 received"),
                        @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = ApiDefinition.IDEMPOTENCY_KEY,
                                in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
                                description = "Makes retries safe: the same key and body within 24 hours return the first response "
                                        + "and create nothing; the same key with another body is a 422. 1 to 200 visible ASCII "
                                        + "characters, unique per caller.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200),
                                example = "import-2026-11-29-row-42")
                },
                headers = {
                        @Header(name = ApiDefinition.REPLAYED, description = "`true` when the response is the stored response of an "
                                + "earlier request with the same `Idempotency-Key`.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "true")),
                        @Header(name = ApiDefinition.ETAG, description = "The record's version in quotes; send it back in `If-Match` "
                                + "to make a write conditional, or in `If-None-Match` to revalidate a read.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "\"3\"")),
                        @Header(name = ApiDefinition.LOCATION, description = "The URL of the created record.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                        example = "http://localhost:8080/api/v1/persons/6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13")),
                        @Header(name = ApiDefinition.RETRY_AFTER, description = "Seconds to wait before retrying.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, example = "5")),
                        @Header(name = ApiDefinition.RATE_LIMIT_LIMIT, description = "How many requests the caller may make in "
                                + "a window (per token, or per client address without one).",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, example = "600")),
                        @Header(name = ApiDefinition.RATE_LIMIT_REMAINING, description = "How many of them are left in the "
                                + "current window.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, example = "0")),
                        @Header(name = ApiDefinition.RATE_LIMIT_RESET, description = "Seconds until the current window ends "
                                + "and the count starts again.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, example = "42")),
                        @Header(name = ApiDefinition.LINK, description = "`<url>; rel=\"next\"` (RFC 8288) when there is a next page.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                        example = "<http://localhost:8080/api/v1/persons?cursor=eyJzIjoi>; rel=\"next\""))
                }))
public class ApiDefinition extends Application {

    public static final String PROBLEM = "application/problem+json";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String BEARER = "bearer";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String TOO_LARGE = "PayloadTooLarge";
    public static final String LENGTH_REQUIRED = "LengthRequired";
    public static final String UNSUPPORTED = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "UnprocessableEntity";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    public static final String ETAG = "ETag";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String CHANGE_REASON = "X-Change-Reason";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String LOCATION = "Location";
    public static final String LINK = "Link";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String RATE_LIMIT_LIMIT = "RateLimit-Limit";
    public static final String RATE_LIMIT_REMAINING = "RateLimit-Remaining";
    public static final String RATE_LIMIT_RESET = "RateLimit-Reset";
}
