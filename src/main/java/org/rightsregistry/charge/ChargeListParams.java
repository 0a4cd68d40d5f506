package org.rightsregistry.charge;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.paging.CitedListParams;
import org.rightsregistry.common.web.QueryValues;

/** The query parameters of {@code GET /api/v1/charges}. Repeat a parameter for OR; different parameters AND. */
public class ChargeListParams extends CitedListParams {

    @QueryParam("caseId")
    @Parameter(description = "Only charges in one of these cases.", schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> caseId;

    @QueryParam("personId")
    @Parameter(description = "Only charges against one of these persons.", schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> personId;

    @QueryParam("law")
    @Parameter(description = "Only charges under one of these legal codes.", example = "[\"KZ-CC-2014\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> law;

    @QueryParam("article")
    @Parameter(description = "Only charges under one of these articles as the code writes them; `405` also matches its parts "
            + "`405(1)`, `405(2)`, while `405(2)` matches only itself.", example = "[\"405\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> article;

    @QueryParam("status")
    @Parameter(description = "Only charges with one of these statuses.", example = "[\"INDICTED\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = ChargeStatus.class))
    public List<String> status;

    @QueryParam("filedFrom")
    @Parameter(description = "Only charges filed on or after the first day of this date (EDTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`).",
            example = "2020", schema = @Schema(type = SchemaType.STRING))
    public String filedFrom;

    @QueryParam("filedTo")
    @Parameter(description = "Only charges filed on or before the last day of this date (EDTF).", example = "2021-06",
            schema = @Schema(type = SchemaType.STRING))
    public String filedTo;

    @QueryParam("country")
    @Parameter(description = "Only charges in cases in one of these countries (ISO 3166-1 alpha-2).", example = "[\"KZ\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> country;

    public ChargeFilter filter() {
        return new ChargeFilter(
                QueryValues.uuids("caseId", caseId),
                QueryValues.uuids("personId", personId),
                QueryValues.texts("law", law, 50),
                QueryValues.texts("article", article, 50),
                QueryValues.enums("status", status, ChargeStatus.class),
                QueryValues.date("filedFrom", filedFrom),
                QueryValues.date("filedTo", filedTo),
                QueryValues.countries("country", country),
                uncited());
    }
}
