package org.rightsregistry.common.export;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.error.ApiException;

/** The export parameters every list of records takes: the format (or {@code Accept}) and a byte order mark for CSV. */
public class ExportParams {

    @QueryParam("format")
    @Parameter(description = "`json` (default): one page. `csv` or `ndjson`: every record that matches the filters, in the "
            + "list's order, streamed, without `limit` or `cursor` (which are then refused). `Accept: text/csv` or "
            + "`Accept: application/x-ndjson` does the same.", example = "csv",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "ndjson"}))
    public String format;

    @QueryParam("bom")
    @Parameter(description = "CSV only: `true` starts the file with a UTF-8 byte order mark, so that spreadsheet programs read "
            + "Cyrillic and Kazakh letters correctly.", example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    public String bom;

    /** The export asked for by {@code format} or, without it, by {@code Accept}; {@code null} for a JSON page. */
    public ExportFormat requested(String limit, String cursor) {
        ExportFormat chosen = chosen();
        if (bom != null && !List.of("true", "false").contains(bom)) {
            throw ApiException.invalid("bom", "must be true or false");
        }
        if (bom != null && chosen != ExportFormat.CSV) {
            throw ApiException.invalid("bom", "is for CSV exports only");
        }
        if (chosen != null && (limit != null || cursor != null)) {
            throw ApiException.invalid(limit != null ? "limit" : "cursor", "an export holds every matching record; leave out limit and cursor");
        }
        return chosen;
    }

    public boolean bom() {
        return "true".equals(bom);
    }

    private ExportFormat chosen() {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "json" -> null;
            case "csv" -> ExportFormat.CSV;
            case "ndjson" -> ExportFormat.NDJSON;
            default -> throw ApiException.invalid("format", "must be json, csv or ndjson");
        };
    }

    /**
     * The export that an {@code Accept} header asks for: the first of the export types it names, unless it names JSON
     * (or a wildcard) before them; {@code null} otherwise.
     */
    static ExportFormat accepted(String accept) {
        if (accept == null) {
            return null;
        }
        String lower = accept.toLowerCase(java.util.Locale.ROOT);
        int json = firstIndex(lower, "application/json", "*/*", "application/*");
        int csv = lower.indexOf(ExportFormat.CSV.mediaType);
        int ndjson = lower.indexOf(ExportFormat.NDJSON.mediaType);
        int export = Math.min(csv < 0 ? Integer.MAX_VALUE : csv, ndjson < 0 ? Integer.MAX_VALUE : ndjson);
        if (export == Integer.MAX_VALUE || (json >= 0 && json < export)) {
            return null;
        }
        return export == csv ? ExportFormat.CSV : ExportFormat.NDJSON;
    }

    private static int firstIndex(String text, String... needles) {
        int first = -1;
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
