package org.rightsregistry.cases;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.paging.CitedListParams;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.common.web.QueryValues;
import org.rightsregistry.search.RankedPages;
import org.rightsregistry.search.SearchQuery;

/** The query parameters of {@code GET /api/v1/cases}. Repeat a parameter for OR; different parameters AND. */
public class CaseListParams extends CitedListParams {

    @QueryParam("q")
    @Parameter(description = "Words of the title, a case number or words of the summary, in any script and common "
            + "transliteration; every word must match. A whole case number ranks first, then the title, then the summary. "
            + "Results are ranked unless `sort` is given; at most 200 characters and 8 words; blank is the same as absent.", example = "Koshe Partiyasy",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("country")
    @Parameter(description = "Only cases in one of these countries (ISO 3166-1 alpha-2).", example = "[\"KZ\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> country;

    @QueryParam("kind")
    @Parameter(description = "Only cases of one of these kinds.", example = "[\"CRIMINAL\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseKind.class))
    public List<String> kind;

    @QueryParam("stage")
    @Parameter(description = "Only cases at one of these stages.", example = "[\"TRIAL\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseStage.class))
    public List<String> stage;

    @QueryParam("theme")
    @Parameter(description = "Only cases with at least one of these themes.", example = "[\"EXPRESSION\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseTheme.class))
    public List<String> theme;

    @QueryParam("openedFrom")
    @Parameter(description = "Only cases opened on or after the first day of this date (EDTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`).",
            example = "2020", schema = @Schema(type = SchemaType.STRING))
    public String openedFrom;

    @QueryParam("openedTo")
    @Parameter(description = "Only cases opened on or before the last day of this date (EDTF).", example = "2021-06",
            schema = @Schema(type = SchemaType.STRING))
    public String openedTo;

    @QueryParam("closedFrom")
    @Parameter(description = "Only cases closed on or after the first day of this date (EDTF).", example = "2022",
            schema = @Schema(type = SchemaType.STRING))
    public String closedFrom;

    @QueryParam("closedTo")
    @Parameter(description = "Only cases closed on or before the last day of this date (EDTF).", example = "2023-12",
            schema = @Schema(type = SchemaType.STRING))
    public String closedTo;

    @QueryParam("personId")
    @Parameter(description = "Only cases in which one of these persons is a party.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = java.util.UUID.class))
    public List<String> personId;

    @QueryParam("law")
    @Parameter(description = "Only cases with a charge under one of these legal codes (with `article`: in the same charge).",
            example = "[\"KZ-CC-2014\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> law;

    @QueryParam("article")
    @Parameter(description = "Only cases with a charge under one of these articles; `405` also matches `405(1)`, `405(2)`.",
            example = "[\"405\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> article;

    public CaseFilter filter() {
        return new CaseFilter(
                QueryValues.countries("country", country),
                QueryValues.enums("kind", kind, CaseKind.class),
                QueryValues.enums("stage", stage, CaseStage.class),
                QueryValues.enums("theme", theme, CaseTheme.class),
                QueryValues.date("openedFrom", openedFrom),
                QueryValues.date("openedTo", openedTo),
                QueryValues.date("closedFrom", closedFrom),
                QueryValues.date("closedTo", closedTo),
                QueryValues.uuids("personId", personId),
                QueryValues.texts("law", law, 50),
                QueryValues.texts("article", article, 50),
                SearchQuery.parse("q", q),
                uncited());
    }

    /** Under {@code q} the default order is by relevance. */
    @Override
    public <E extends RegistryRecord> PageRequest<E> page(List<SortField<E>> sortable) {
        return super.page(q == null || q.isBlank() ? sortable : RankedPages.withRelevance(sortable));
    }
}
