package org.rightsregistry.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
    private final CsvImport csv;

    public ImportResource(ImportService imports, CsvImport csv) {
        this.imports = imports;
        this.csv = csv;
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
        boolean allOrNothing = atomic(atomic);
        return answer(imports.run(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), allOrNothing));
    }

    @POST
    @Path("{type}")
    @Consumes(CsvImport.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importCsv", summary = "Import records of one type from CSV",
            description = "Reads the CSV export of a list (`GET /api/v1/{type}?format=csv`, edited or written by hand) back into "
                    + "the registry: UTF-8 (a leading byte order mark is skipped), RFC 4180. The first row names the columns; "
                    + "each must be a column of the type's export, once (else `400`, nothing imported); columns may be left "
                    + "out or reordered, and a left-out column is an absent field. Columns that are not fields of the type's "
                    + "writes (`createdAt`, `updatedAt`, a case's `parties`, an appeal's `caseId` and `personId`, a "
                    + "sentence's `expectedEndOn`) are ignored. Each following row is one record, checked and written like "
                    + "a line of `POST /api/v1/import` (a row whose `id` exists updates that record, refused when its "
                    + "`version` is stale; any other creates one), and reported by the physical line it starts on (the "
                    + "header is line 1). A row with another number of cells than the header is rejected; empty rows are "
                    + "skipped. Cells: empty is absent; a leading `'` before `=`, `+`, `-`, `@`, a tab or CR is removed "
                    + "(the export adds it); lists are split on `; `; `field.sub` columns make a nested object; an item of "
                    + "a list of objects reads `first (rest, ...)` as the export writes it, the first value for the "
                    + "item's first field and each value in parentheses for the next field that can hold it; `citations` "
                    + "are source ids (a `withheld` one is refused). The NDJSON import is the lossless format: CSV carries "
                    + "no citation details (`field`, `locator`, `quote`, `confidence`), no list item holding `; `, no ` (` in "
                    + "the first value of an item, and no `, ` in its other values but the last text field's. Bodies up to "
                    + "64 MiB.")
    @RequestBody(required = true, content = @Content(mediaType = CsvImport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
            example = "id,fullName,names,citizenships,roles\r\n6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13,Aigerim Zhaksylykova,"
                    + "\"Айгерім Жақсылықова (kk, Cyrl, NATIVE); Айгерим Жаксылыкова (ru, Cyrl)\",KZ,ACTIVIST; BLOGGER\r\n")))
    @APIResponse(responseCode = "200", description = "What the import did. Without `atomic=true` the good rows are kept and the "
            + "rejected ones reported by line.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Nothing was imported: the header names a column the type's export does not "
            + "have or names one twice (each is in `errors`), the body is empty or not UTF-8, a quoted cell never ends, or "
            + "`atomic` is not `true` or `false`.", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = "`type` is not one of the six types.", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", description = "The body is not `text/csv`, or declares a charset other than UTF-8.",
            ref = ApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", description = "`atomic=true` and a row was rejected: nothing was kept. The problem's `errors` "
            + "name each error's line and field (`line 7: fullName`).", ref = ApiDefinition.UNPROCESSABLE)
    public Response importCsv(
            @PathParam("type") @Parameter(description = "The type of every row: `persons`, `cases`, `charges`, `sentences`, "
                    + "`appeals` or `sources`.", example = "persons", schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"persons", "cases", "charges", "sentences", "appeals", "sources"})) String type,
            @QueryParam("atomic") @Parameter(description = "`true`: all or nothing; `false` (default): keep the good rows.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) String atomic,
            @Context HttpHeaders headers, InputStream body) throws IOException {
        if (!CsvImport.TYPES.contains(type)) {
            throw new ApiException(ProblemType.NOT_FOUND, "There is no CSV import of this type; the types are "
                    + String.join(", ", CsvImport.TYPES));
        }
        boolean allOrNothing = atomic(atomic);
        MediaType declared = headers.getMediaType();
        String charset = declared == null ? null : declared.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !List.of("utf-8", "utf8", "us-ascii").contains(charset.toLowerCase(Locale.ROOT))) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "CSV imports read UTF-8 only; save the file as CSV in UTF-8 "
                    + "(or leave out the charset)");
        }
        return answer(imports.run(csv.read(type, body), allOrNothing));
    }

    private static boolean atomic(String atomic) {
        if (atomic == null || atomic.equals("false")) {
            return false;
        }
        if (atomic.equals("true")) {
            return true;
        }
        throw ApiException.invalid("atomic", "must be true or false");
    }

    /** The report, or, when an atomic import kept nothing, the 422 problem naming each error's line and field. */
    private static Response answer(ImportReport report) {
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
