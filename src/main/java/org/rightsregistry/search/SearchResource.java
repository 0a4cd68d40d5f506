package org.rightsregistry.search;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.openapi.ApiDefinition;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.web.Lists;

@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "search", summary = "Search all records at once",
            description = "Persons by any of their names, cases by number, title or summary, charges by law, article, article "
                    + "text or description, sentences by court, appeals by the deciding body, sources by title, publisher or "
                    + "author, in any script and common transliteration (names also with one or two typos). Every word of `q` "
                    + "must match in one record. Hits of all types are ranked on one scale: a whole name or case number, then "
                    + "exact words, then other spellings, then a case's summary or a charge's description, then typos; ties by "
                    + "id. The only `sort` is `relevance` (the default); `total` counts at most 1,000 best hits per record type.")
    @APIResponse(responseCode = "200", description = "A page of hits, best first.", headers = @Header(name = "Link", ref = ApiDefinition.LINK))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public RestResponse<Page<SearchHit>> search(@BeanParam SearchParams params, @Context UriInfo uri) {
        SearchQuery q = params.query();
        PageRequest<Object> page = PageRequest.of(params.limit, params.cursor, params.sort, RankedPages.withRelevance(List.of()));
        return Lists.response(service.search(q, params.types(), page), uri);
    }
}
