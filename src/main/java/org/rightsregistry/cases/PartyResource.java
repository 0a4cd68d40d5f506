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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.openapi.ApiDefinition;
import org.rightsregistry.common.paging.ListParams;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.web.Ids;
import org.rightsregistry.common.web.Lists;
import org.rightsregistry.common.web.Preconditions;
import org.rightsregistry.common.web.Responses;

/** The parties of a case: {@code /api/v1/cases/{caseId}/parties/{personId}}; a party is named by its person. */
@Path("/api/v1/cases/{caseId}/parties")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    private final CaseService service;
    private final org.rightsregistry.common.idempotency.Idempotency idempotency;

    public PartyResource(CaseService service, org.rightsregistry.common.idempotency.Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listParties", summary = "List the parties of a case", description = "In the order they were added.")
    @APIResponse(responseCode = "200", description = "A page of parties.", headers = @Header(name = "Link", ref = ApiDefinition.LINK))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RestResponse<Page<PartyResponse>> list(@PathParam("caseId") String caseId, @BeanParam ListParams params,
            @Context UriInfo uri) {
        return Lists.response(service.listParties(Ids.path(caseId, "case"), params.page(PartyRepository.SORTABLE)), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addParty", summary = "Add a person to a case as a party",
            description = "A person is a party of a case at most once (409 if already one); the change is a new version of the case, "
                    + "kept in its history.")
    @APIResponse(responseCode = "201", description = "The person is now a party of the case.",
            headers = {@Header(name = "Location", ref = ApiDefinition.LOCATION), @Header(name = "ETag", ref = ApiDefinition.ETAG)})
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = ApiDefinition.UNPROCESSABLE)
    public RestResponse<PartyResponse> add(@PathParam("caseId") String caseId, @Valid @NotNull PartyRequest request,
            @Parameter(ref = ApiDefinition.IDEMPOTENCY_KEY) @HeaderParam(org.rightsregistry.common.idempotency.Idempotency.HEADER)
            String idempotencyKey,
            @Context UriInfo uri) {
        java.util.UUID id = Ids.path(caseId, "case");
        return idempotency.create(idempotencyKey, request, PartyResponse.class, uri, () -> service.addParty(id, request));
    }

    @GET
    @Path("/{personId}")
    @Operation(operationId = "getParty", summary = "Get a party of a case",
            description = "With its version as `ETag`. `If-None-Match` with that ETag answers 304 without a body when nothing changed.")
    @APIResponse(responseCode = "200", description = "The party.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "304", description = "`If-None-Match` names the current version.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RestResponse<PartyResponse> get(@PathParam("caseId") String caseId, @PathParam("personId") String personId,
            @Parameter(description = "An ETag from an earlier read.") @HeaderParam("If-None-Match") String ifNoneMatch) {
        PartyResponse party = service.getParty(Ids.path(caseId, "case"), Ids.path(personId, "party"));
        return Responses.read(party, party.version(), ifNoneMatch);
    }

    @PUT
    @Path("/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceParty", summary = "Replace a party's role", description = "The person in the path wins.")
    @APIResponse(responseCode = "200", description = "The party as stored.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    public RestResponse<PartyResponse> replace(@PathParam("caseId") String caseId, @PathParam("personId") String personId,
            @Parameter(description = "The ETag of the version this change is based on.") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartyRequest request) {
        PartyResponse party = service.replaceParty(Ids.path(caseId, "case"), Ids.path(personId, "party"),
                Preconditions.ifMatch(ifMatch), request);
        return Responses.ok(party, party.version());
    }

    @PATCH
    @Path("/{personId}")
    @Consumes(ApiDefinition.MERGE_PATCH)
    @Operation(operationId = "patchParty", summary = "Change a party's role or date", description = "A JSON Merge Patch (RFC 7396).")
    @APIResponse(responseCode = "200", description = "The party as stored.", headers = @Header(name = "ETag", ref = ApiDefinition.ETAG))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    public RestResponse<PartyResponse> patch(@PathParam("caseId") String caseId, @PathParam("personId") String personId,
            @Parameter(description = "The ETag of the version this change is based on.") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        PartyResponse party = service.patchParty(Ids.path(caseId, "case"), Ids.path(personId, "party"),
                Preconditions.ifMatch(ifMatch), patch);
        return Responses.ok(party, party.version());
    }

    @DELETE
    @Path("/{personId}")
    @Operation(operationId = "removeParty", summary = "Remove a person from a case",
            description = "Refused while the person has charges or sentences in the case.")
    @APIResponse(responseCode = "204", description = "The person is no longer a party of the case.")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public void remove(@PathParam("caseId") String caseId, @PathParam("personId") String personId,
            @Parameter(description = "The ETag of the version this deletion is based on.") @HeaderParam("If-Match") String ifMatch) {
        service.removeParty(Ids.path(caseId, "case"), Ids.path(personId, "party"), Preconditions.ifMatch(ifMatch));
    }
}
