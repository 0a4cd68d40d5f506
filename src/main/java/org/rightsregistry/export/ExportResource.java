package org.rightsregistry.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;

import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.export.StreamedBody;

@Path("/api/v1/export")
@Tag(name = "Export")
@Produces(ExportResource.NDJSON)
public class ExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final DumpService dump;
    private final FtmService ftm;
    private final HttpServerRequest request;

    public ExportResource(DumpService dump, FtmService ftm, HttpServerRequest request) {
        this.dump = dump;
        this.ftm = ftm;
        this.request = request;
    }

    @GET
    @Operation(operationId = "exportAll", summary = "Every record, as NDJSON",
            description = "Every record the caller may see, one JSON object per line, streamed. The first line describes the "
                    + "export: `{\"export\": {\"generatedAt\", \"schemaVersion\", \"counts\": {\"sources\": n, …}}}` (counts "
                    + "taken as the export starts). Then `{\"type\": \"<collection>\", \"record\": {…}}` lines: sources, "
                    + "persons, cases each followed by its `parties` lines (`{caseId, personId, role, since}`), charges, "
                    + "sentences, appeals; each record as the API returns it without `version`, `createdAt` and `updatedAt`, "
                    + "and each after the records it points at. `POST /api/v1/import` reads this format.")
    @APIResponse(responseCode = "200", description = "The dump.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    example = "{\"export\":{\"generatedAt\":\"2026-11-29T10:15:30Z\",\"schemaVersion\":1,\"counts\":{\"persons\":1}}}\n"
                            + "{\"type\":\"persons\",\"record\":{\"id\":\"6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13\",\"fullName\":\"Aigerim Zhaksylykova\"}}\n")),
            headers = @Header(name = "Content-Disposition", description = "`attachment; filename=\"registry.ndjson\"`.",
                    schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportAll() {
        return stream("registry.ndjson", out -> dump.write(out));
    }

    @GET
    @Path("/ftm")
    @Operation(operationId = "exportFollowTheMoney", summary = "Every record, as FollowTheMoney entities",
            description = "Every record the caller may see as FollowTheMoney entities (NDJSON, one `{id, schema, properties}` "
                    + "per line, property values as lists of strings): sources as `Document`, persons as `Person`, cases as "
                    + "`CourtCase`, parties as `CourtCaseParty`, and charges, sentences and appeals as `Note`s on their person "
                    + "and case. Citations become `proof` links to the `Document`s.")
    @APIResponse(responseCode = "200", description = "The entities.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    example = "{\"id\":\"6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Aigerim Zhaksylykova\"]}}\n")),
            headers = @Header(name = "Content-Disposition", description = "`attachment; filename=\"registry-ftm.ndjson\"`.",
                    schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportFollowTheMoney() {
        return stream("registry-ftm.ndjson", out -> ftm.write(out));
    }

    private RestResponse<StreamingOutput> stream(String file, StreamedBody.Writing body) {
        return RestResponse.ResponseBuilder.ok(StreamedBody.of(request.response(), body), NDJSON + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
