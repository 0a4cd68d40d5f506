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
    @Parameter(description = "Only appeals with one of these statuses.", schema = @Schema(type = SchemaType.ARRAY, implementation = AppealStatus.class))
    public List<String> status;

    @QueryParam("outcome")
    @Parameter(description = "Only appeals with one of these outcomes.", schema = @Schema(type = SchemaType.ARRAY, implementation = AppealOutcome.class))
    public List<String> outcome;

    @QueryParam("level")
    @Parameter(description = "Only appeals at one of these levels.", schema = @Schema(type = SchemaType.ARRAY, implementation = AppealLevel.class))
    public List<String> level;

    AppealFilter filter() {
        return new AppealFilter(
                QueryValues.uuids("sentenceId", sentenceId),
                QueryValues.enums("status", status, AppealStatus.class),
                QueryValues.enums("outcome", outcome, AppealOutcome.class),
                QueryValues.enums("level", level, AppealLevel.class),
                uncited());
    }
}
