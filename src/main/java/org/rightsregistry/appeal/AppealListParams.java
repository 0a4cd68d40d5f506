package org.rightsregistry.appeal;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.paging.CitedListParams;
import org.rightsregistry.common.web.QueryValues;

/** The query parameters of {@code GET /api/v1/appeals}. Repeat a parameter for OR; different parameters AND. */
public class AppealListParams extends CitedListParams {

    @QueryParam("sentenceId")
    @Parameter(description = "Only appeals of one of these sentences.", schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> sentenceId;

    @QueryParam("status")
    @Parameter(description = "Only appeals with one of these statuses.", example = "[\"PENDING\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = AppealStatus.class))
    public List<String> status;

    @QueryParam("outcome")
    @Parameter(description = "Only appeals with one of these outcomes.", example = "[\"REDUCED\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = AppealOutcome.class))
    public List<String> outcome;

    @QueryParam("level")
    @Parameter(description = "Only appeals at one of these levels.", example = "[\"INTERNATIONAL_BODY\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = AppealLevel.class))
    public List<String> level;

    @QueryParam("filedFrom")
    @Parameter(description = "Only appeals filed on or after the first day of this date (EDTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`).",
            example = "2021", schema = @Schema(type = SchemaType.STRING))
    public String filedFrom;

    @QueryParam("filedTo")
    @Parameter(description = "Only appeals filed on or before the last day of this date (EDTF).", example = "2021-12",
            schema = @Schema(type = SchemaType.STRING))
    public String filedTo;

    @QueryParam("decidedFrom")
    @Parameter(description = "Only appeals decided on or after the first day of this date (EDTF).", example = "2021",
            schema = @Schema(type = SchemaType.STRING))
    public String decidedFrom;

    @QueryParam("decidedTo")
    @Parameter(description = "Only appeals decided on or before the last day of this date (EDTF).", example = "2022-06",
            schema = @Schema(type = SchemaType.STRING))
    public String decidedTo;

    @QueryParam("caseId")
    @Parameter(description = "Only appeals of sentences in one of these cases.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> caseId;

    @QueryParam("personId")
    @Parameter(description = "Only appeals of sentences of one of these persons.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> personId;

    public AppealFilter filter() {
        return new AppealFilter(
                QueryValues.uuids("sentenceId", sentenceId),
                QueryValues.enums("status", status, AppealStatus.class),
                QueryValues.enums("outcome", outcome, AppealOutcome.class),
                QueryValues.enums("level", level, AppealLevel.class),
                QueryValues.date("filedFrom", filedFrom),
                QueryValues.date("filedTo", filedTo),
                QueryValues.date("decidedFrom", decidedFrom),
                QueryValues.date("decidedTo", decidedTo),
                QueryValues.uuids("caseId", caseId),
                QueryValues.uuids("personId", personId),
                uncited());
    }
}
