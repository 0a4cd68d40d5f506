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
    @Parameter(description = "Only sentences with one of these statuses.", example = "[\"IN_FORCE\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = SentenceStatus.class))
    public List<String> status;

    @QueryParam("verdict")
    @Parameter(description = "Only sentences with one of these verdicts.", example = "[\"GUILTY\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = Verdict.class))
    public List<String> verdict;

    @QueryParam("componentType")
    @Parameter(description = "Only sentences with a component of one of these types.", example = "[\"IMPRISONMENT\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ComponentType.class))
    public List<String> componentType;

    @QueryParam("minTermMonths")
    @Parameter(description = "Only sentences with imprisonment of at least this many months (suspended or not; life "
            + "imprisonment counts as longer than any term).", example = "60",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1200"))
    public String minTermMonths;

    @QueryParam("maxTermMonths")
    @Parameter(description = "Only sentences with imprisonment of at most this many months (in the same component as "
            + "`minTermMonths`).", example = "120", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1200"))
    public String maxTermMonths;

    @QueryParam("decidedFrom")
    @Parameter(description = "Only sentences decided on or after the first day of this date (EDTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`).",
            example = "2019", schema = @Schema(type = SchemaType.STRING))
    public String decidedFrom;

    @QueryParam("decidedTo")
    @Parameter(description = "Only sentences decided on or before the last day of this date (EDTF).", example = "2020-06",
            schema = @Schema(type = SchemaType.STRING))
    public String decidedTo;

    @QueryParam("country")
    @Parameter(description = "Only sentences in cases in one of these countries (ISO 3166-1 alpha-2).", example = "[\"KZ\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> country;

    public SentenceFilter filter() {
        return new SentenceFilter(
                QueryValues.uuids("caseId", caseId),
                QueryValues.uuids("personId", personId),
                QueryValues.enums("status", status, SentenceStatus.class),
                QueryValues.enums("verdict", verdict, Verdict.class),
                QueryValues.enums("componentType", componentType, ComponentType.class),
                QueryValues.integer("minTermMonths", minTermMonths, 0, 1200),
                QueryValues.integer("maxTermMonths", maxTermMonths, 0, 1200),
                QueryValues.date("decidedFrom", decidedFrom),
                QueryValues.date("decidedTo", decidedTo),
                QueryValues.countries("country", country),
                uncited());
    }
}
