package org.rightsregistry.sentence;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.paging.CitedListParams;
import org.rightsregistry.common.web.QueryValues;

/** The query parameters of {@code GET /api/v1/sentences}. Repeat a parameter for OR; different parameters AND. */
public class SentenceListParams extends CitedListParams {

    @QueryParam("caseId")
    @Parameter(description = "Only sentences in one of these cases.", schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> caseId;

    @QueryParam("personId")
    @Parameter(description = "Only sentences of one of these persons.", schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> personId;

    @QueryParam("status")
    @Parameter(description = "Only sentences with one of these statuses.", schema = @Schema(type = SchemaType.ARRAY, implementation = SentenceStatus.class))
    public List<String> status;

    @QueryParam("verdict")
    @Parameter(description = "Only sentences with one of these verdicts.", schema = @Schema(type = SchemaType.ARRAY, implementation = Verdict.class))
    public List<String> verdict;

    SentenceFilter filter() {
        return new SentenceFilter(
                QueryValues.uuids("caseId", caseId),
                QueryValues.uuids("personId", personId),
                QueryValues.enums("status", status, SentenceStatus.class),
                QueryValues.enums("verdict", verdict, Verdict.class),
                uncited());
    }
}
