package org.rightsregistry.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.export.ExportParams;
import org.rightsregistry.common.export.Exports;
import org.rightsregistry.common.idempotency.Idempotency;
import org.rightsregistry.common.openapi.ApiDefinition;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.web.Ids;
import org.rightsregistry.common.web.Lists;
import org.rightsregistry.common.web.Preconditions;
import org.rightsregistry.common.web.Responses;
import org.rightsregistry.history.ChangeHeaders;
import org.rightsregistry.history.HistoryService;
import org.rightsregistry.history.RecordType;
import org.rightsregistry.history.RevisionView;

@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService service;
    private final HistoryService history;
    private final Idempotency idempotency;
    private final Exports exports;

    public CaseResource(CaseService service, HistoryService history, Idempotency idempotency, Exports exports) {
        this.service = service;
        this.history = history;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @GET
    @Operation(operationId = "listCases", summary = "List cases",
            description = "Sortable by `createdAt` (default), `updatedAt`, `title`, `openedOn`. Each case lists its parties.")
    @APIResponse(responseCode = "200", description = "A page of cases.", headers = @Header(name = "Link", ref = ApiDefinition.LINK))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public RestResponse<Page<CaseResponse>> list(@BeanParam CaseListParams params, @BeanParam ExportParams export, @Context UriInfo uri) {
        var filter = params.filter();
        return exports.answer(export, params, params.page(CaseRepository.SORTABLE), "cases", CaseResponse.class,
                page -> service.list(filter, page), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCase", summary = "Create a case",
            description = "With an `Idempotency-Key`, a retry with the same key and body within 24 hours gets the first response "
                    + "again (with `Idempotent-Replayed: true`) and creates nothing.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "201", description = "The case was created.",
            headers = {@Header(name = "Location", ref = ApiDefinition.LOCATION), @Header(name = "ETag", ref = ApiDefinition.ETAG),
                    @Header(name = Idempotency.REPLAYED, ref = ApiDefinition.REPLAYED)})
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<CaseResponse> create(@Valid @NotNull CaseRequest request,
            @Parameter(ref = ApiDefinition.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, request, CaseResponse.class, uri, () -> service.create(request));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Get a case",
            description = "With its version as `ETag`. `If-None-Match` with that ETag answers 304 without a body when nothing changed.")
    @APIResponse(responseCode = "200", description = "The case.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "304", description = "`If-None-Match` names the current version.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RestResponse<CaseResponse> get(@PathParam("id") String id,
            @Parameter(description = "An ETag from an earlier read.") @HeaderParam("If-None-Match") String ifNoneMatch) {
        CaseResponse courtCase = service.get(Ids.path(id, "case"));
        return Responses.read(courtCase, courtCase.version(), ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCase", summary = "Replace a case", description = "Replaces every field; the id in the path wins.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "200", description = "The case as stored.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<CaseResponse> replace(@PathParam("id") String id,
            @Parameter(description = "The ETag of the version this change is based on.") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CaseRequest request) {
        CaseResponse courtCase = service.replace(Ids.path(id, "case"), Preconditions.ifMatch(ifMatch), request);
        return Responses.ok(courtCase, courtCase.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(ApiDefinition.MERGE_PATCH)
    @Operation(operationId = "patchCase", summary = "Change some fields of a case",
            description = "A JSON Merge Patch (RFC 7396): fields present are set, fields set to `null` are cleared.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "200", description = "The case as stored.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<CaseResponse> patch(@PathParam("id") String id,
            @Parameter(description = "The ETag of the version this change is based on.") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        CaseResponse courtCase = service.patch(Ids.path(id, "case"), Preconditions.ifMatch(ifMatch), patch);
        return Responses.ok(courtCase, courtCase.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCase", summary = "Delete a case", description = "Its parties go with it. Refused while charges or sentences belong to the case.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "204", description = "The case was deleted.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public void delete(@PathParam("id") String id,
            @Parameter(description = "The ETag of the version this deletion is based on.") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.path(id, "case"), Preconditions.ifMatch(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getCaseHistory", summary = "The history of a case",
            description = "Every create, update and delete, oldest first, each with its JSON Patch; readable after deletion.")
    @APIResponse(responseCode = "200", description = "A page of revisions.", headers = @Header(name = "Link", ref = ApiDefinition.LINK))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RestResponse<Page<RevisionView>> history(@PathParam("id") String id,
            @Parameter(description = "How many revisions per page (1–500).") @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return Lists.response(history.history(RecordType.cases, Ids.path(id, "case"), limit, cursor), uri);
    }
}
