package org.rightsregistry.export;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.error.FieldError;

@Schema(name = "ImportReport", description = "What an import did: how many lines it read, created, updated, left unchanged and "
        + "rejected, and every error of every rejected line.")
public record ImportReport(
        @Schema(description = "Whether the import was all or nothing.", required = true, example = "false") boolean atomic,
        @Schema(description = "Whether the accepted lines were kept: always for a non-atomic import; for an atomic one only when "
                + "no line was rejected.", required = true, example = "true") boolean committed,
        @Schema(description = "Record lines read: NDJSON lines or CSV rows, not counting a dump's header line, a CSV "
                + "header or empty lines.", required = true, example = "120") int lines,
        @Schema(description = "Records created.", required = true, example = "100") int created,
        @Schema(description = "Existing records changed.", required = true, example = "15") int updated,
        @Schema(description = "Existing records the line did not change.", required = true, example = "3") int unchanged,
        @Schema(description = "Lines rejected.", required = true, example = "2") int rejected,
        @Schema(description = "The rejected lines, in line order.", required = true) List<LineErrors> errors) {

    @Schema(name = "ImportLineErrors", description = "Why one line was rejected.")
    public record LineErrors(
            @Schema(description = "The line number in the file, from 1; for a CSV row, the line it starts on (a quoted cell can "
                    + "span lines; the header is line 1).", required = true, example = "12") int line,
            @Schema(description = "The line's `type`, if it could be read; for a CSV row, the type of the import.", nullable = true,
                    example = "persons") String type,
            @Schema(description = "The record's id, if the line gives one.", nullable = true,
                    example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID id,
            @Schema(description = "Every error of the line: a field (as in `/problems/validation`) and what is wrong with it.",
                    required = true) List<FieldError> errors) {
    }
}
