package org.rightsregistry.cases;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.paging.CitedListParams;
import org.rightsregistry.common.web.QueryValues;

/** The query parameters of {@code GET /api/v1/cases}. Repeat a parameter for OR; different parameters AND. */
public class CaseListParams extends CitedListParams {

    @QueryParam("country")
    @Parameter(description = "Only cases in one of these countries (ISO 3166-1 alpha-2).", example = "KZ",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> country;

    @QueryParam("kind")
    @Parameter(description = "Only cases of one of these kinds.", schema = @Schema(type = SchemaType.ARRAY, implementation = CaseKind.class))
    public List<String> kind;

    @QueryParam("stage")
    @Parameter(description = "Only cases at one of these stages.", example = "TRIAL",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseStage.class))
    public List<String> stage;

    @QueryParam("theme")
    @Parameter(description = "Only cases with at least one of these themes.", example = "EXPRESSION",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseTheme.class))
    public List<String> theme;

    CaseFilter filter() {
        return new CaseFilter(
                QueryValues.countries("country", country),
                QueryValues.enums("kind", kind, CaseKind.class),
                QueryValues.enums("stage", stage, CaseStage.class),
                QueryValues.enums("theme", theme, CaseTheme.class),
                uncited());
    }
}
