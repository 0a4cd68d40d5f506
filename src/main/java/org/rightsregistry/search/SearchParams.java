package org.rightsregistry.search;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.paging.ListParams;
import org.rightsregistry.common.web.QueryValues;

/** The query parameters of {@code GET /api/v1/search}. */
public class SearchParams extends ListParams {

    @QueryParam("q")
    @Parameter(description = "Required: a name, title words, a case number, a law or article, a court or a source's title, "
            + "publisher or author, in any script and common transliteration; every word must match in one record. At most "
            + "200 characters and 8 words.", required = true, example = "Zhaksylykova",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("type")
    @Parameter(description = "Only hits of these record types (default: all): `PERSON`, `CASE`, `CHARGE`, `SENTENCE`, `APPEAL`, "
            + "`SOURCE`; repeat the parameter for several.", example = "[\"CHARGE\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = SearchHit.HitType.class))
    public List<String> type;

    SearchQuery query() {
        SearchQuery query = SearchQuery.parse("q", q);
        if (query == null) {
            throw ApiException.invalid("q", "is required");
        }
        return query;
    }

    java.util.Set<SearchHit.HitType> types() {
        java.util.Set<SearchHit.HitType> types = QueryValues.enums("type", type, SearchHit.HitType.class);
        return types.isEmpty() ? java.util.EnumSet.allOf(SearchHit.HitType.class) : types;
    }
}
