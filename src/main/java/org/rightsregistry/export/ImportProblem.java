package org.rightsregistry.export;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.error.ProblemType;

/** The 422 of an atomic import with rejected lines: a problem document that carries the import's report. */
@Schema(name = "ImportProblem", description = "An atomic import that kept nothing because lines were rejected: a problem "
        + "(RFC 9457) with the report of every rejected line.")
public record ImportProblem(
        @Schema(description = "Always `/problems/domain-rule`.", required = true, example = "/problems/domain-rule") String type,
        @Schema(description = "A short summary of the problem type.", required = true, example = "Domain rule violated") String title,
        @Schema(description = "Always 422.", required = true, example = "422") int status,
        @Schema(description = "How many lines were rejected.", required = true,
                example = "2 of 120 lines were rejected; nothing was imported") String detail,
        @Schema(description = "The path of the request.", required = true, example = "/api/v1/import") String instance,
        @Schema(description = "Record lines read.", required = true, example = "120") int lines,
        @Schema(description = "Lines rejected.", required = true, example = "2") int rejected,
        @Schema(description = "The rejected lines, in line order.", required = true) List<ImportReport.LineErrors> errors) {

    static ImportProblem of(ImportReport report, String instance) {
        ProblemType type = ProblemType.DOMAIN_RULE;
        return new ImportProblem(type.uri(), type.title(), type.status(),
                report.rejected() + " of " + report.lines() + " lines were rejected; nothing was imported", instance,
                report.lines(), report.rejected(), report.errors());
    }
}
