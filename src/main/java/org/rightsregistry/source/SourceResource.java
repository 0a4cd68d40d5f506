package org.rightsregistry.source;

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

@Path("/api/v1/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceService service;
    private final HistoryService history;
    private final Idempotency idempotency;
    private final Exports exports;

    public SourceResource(SourceService service, HistoryService history, Idempotency idempotency, Exports exports) {
        this.service = service;
        this.history = history;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Sortable by `createdAt` (default), `updatedAt`, `title`, `publishedOn`.")
    @APIResponse(responseCode = "200", description = "A page of sources.", headers = @Header(name = "Link", ref = ApiDefinition.LINK))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public RestResponse<Page<SourceResponse>> list(@BeanParam SourceListParams params, @BeanParam ExportParams export, @Context UriInfo uri) {
        var filter = params.filter();
        return exports.answer(export, params, params.page(SourceRepository.SORTABLE), "sources", SourceResponse.class,
                page -> service.list(filter, page), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSource", summary = "Create a source",
            description = "With an `Idempotency-Key`, a retry with the same key and body within 24 hours gets the first response "
                    + "again (with `Idempotent-Replayed: true`) and creates nothing.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "201", description = "The source was created.",
            headers = {@Header(name = "Location", ref = ApiDefinition.LOCATION), @Header(name = "ETag", ref = ApiDefinition.ETAG),
                    @Header(name = Idempotency.REPLAYED, ref = ApiDefinition.REPLAYED)})
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<SourceResponse> create(@Valid @NotNull SourceRequest request,
            @Parameter(ref = ApiDefinition.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, request, SourceResponse.class, uri, () -> service.create(request));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get a source",
            description = "With its version as `ETag`. `If-None-Match` with that ETag answers 304 without a body when nothing changed.")
    @APIResponse(responseCode = "200", description = "The source.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "304", description = "`If-None-Match` names the current version.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RestResponse<SourceResponse> get(@PathParam("id") String id,
            @Parameter(description = "An ETag from an earlier read.") @HeaderParam("If-None-Match") String ifNoneMatch) {
        SourceResponse source = service.get(Ids.path(id, "source"));
        return Responses.read(source, source.version(), ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSource", summary = "Replace a source", description = "Replaces every field; the id in the path wins.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "200", description = "The source as stored.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<SourceResponse> replace(@PathParam("id") String id,
            @Parameter(description = "The ETag of the version this change is based on.") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SourceRequest request) {
        SourceResponse source = service.replace(Ids.path(id, "source"), Preconditions.ifMatch(ifMatch), request);
        return Responses.ok(source, source.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(ApiDefinition.MERGE_PATCH)
    @Operation(operationId = "patchSource", summary = "Change some fields of a source",
            description = "A JSON Merge Patch (RFC 7396): fields present are set, fields set to `null` are cleared.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "200", description = "The source as stored.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<SourceResponse> patch(@PathParam("id") String id,
            @Parameter(description = "The ETag of the version this change is based on.") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        SourceResponse source = service.patch(Ids.path(id, "source"), Preconditions.ifMatch(ifMatch), patch);
        return Responses.ok(source, source.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSource", summary = "Delete a source", description = "Refused while records cite it.")
    @Parameter(name = ChangeHeaders.REASON, in = ParameterIn.HEADER, ref = ApiDefinition.CHANGE_REASON)
    @APIResponse(responseCode = "204", description = "The source was deleted.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public void delete(@PathParam("id") String id,
            @Parameter(description = "The ETag of the version this deletion is based on.") @HeaderParam("If-Match") String ifMatch) {
        service.delete(Ids.path(id, "source"), Preconditions.ifMatch(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getSourceHistory", summary = "The history of a source",
            description = "Every create, update and delete, oldest first, each with its JSON Patch; readable after deletion.")
    @APIResponse(responseCode = "200", description = "A page of revisions.", headers = @Header(name = "Link", ref = ApiDefinition.LINK))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RestResponse<Page<RevisionView>> history(@PathParam("id") String id,
            @Parameter(description = "How many revisions per page (1–500).") @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return Lists.response(history.history(RecordType.sources, Ids.path(id, "source"), limit, cursor), uri);
    }

    @GET
    @Path("/{id}/citations")
    @Operation(operationId = "listSourceCitations", summary = "The records that cite a source",
            description = "Every citation of the source, by kind of record and id.")
    @APIResponse(responseCode = "200", description = "The citing records.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public java.util.List<CitingRecord> citations(@PathParam("id") String id) {
        return service.citations(Ids.path(id, "source"));
    }
}
