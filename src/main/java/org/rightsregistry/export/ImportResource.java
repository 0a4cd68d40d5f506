package org.rightsregistry.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.FieldError;
import org.rightsregistry.common.error.ProblemType;
import org.rightsregistry.common.openapi.ApiDefinition;

@Path("/api/v1/import")
@Tag(name = "Export")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(ExportResource.NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRecords", summary = "Import records from NDJSON",
            description = "Reads the format of `GET /api/v1/export` (its first line may be left in or out): one "
                    + "`{\"type\", \"record\"}` per line, `type` one of `sources`, `persons`, `cases`, `parties`, `charges`, "
                    + "`sentences`, `appeals`. Every line is checked with the rules of the API's own writes. A record whose "
                    + "`id` exists is updated (refused when the line's `version` is stale); any other is created, with the "
                    + "line's `id` if it has one, so giving every line an id makes a retried import safe. References between "
                    + "records of the file are resolved whatever the order of the lines. Every change is kept in history with "
                    + "`Import, line N` (and the `X-Change-Reason`, if sent) as its reason. Bodies up to 64 MiB.")
    @RequestBody(required = true, content = @Content(mediaType = ExportResource.NDJSON, schema = @Schema(type = SchemaType.STRING,
            example = "{\"type\":\"persons\",\"record\":{\"id\":\"6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13\",\"fullName\":\"Aigerim Zhaksylykova\"}}\n")))
    @APIResponse(responseCode = "200", description = "What the import did. Without `atomic=true` the good lines are kept and the "
            + "rejected ones reported.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", description = "`atomic=true` and a line was rejected: nothing was kept. The problem's `errors` "
            + "name each error's line and field (`line 7: fullName`).", ref = ApiDefinition.UNPROCESSABLE)
    public Response importRecords(
            @QueryParam("atomic") @Parameter(description = "`true`: all or nothing; `false` (default): keep the good lines.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) String atomic,
            InputStream body) throws IOException {
        boolean allOrNothing;
        if (atomic == null || atomic.equals("false")) {
            allOrNothing = false;
        } else if (atomic.equals("true")) {
            allOrNothing = true;
        } else {
            throw ApiException.invalid("atomic", "must be true or false");
        }
        ImportReport report = imports.run(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), allOrNothing);
        if (report.committed()) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<FieldError> errors = new ArrayList<>();
        report.errors().forEach(line -> line.errors().forEach(e -> errors.add(new FieldError("line " + line.line() + ": " + e.field(),
                e.message()))));
        throw new ApiException(ProblemType.DOMAIN_RULE, report.rejected() + " of " + report.lines()
                + " lines were rejected; nothing was imported", errors, List.of());
    }
}
