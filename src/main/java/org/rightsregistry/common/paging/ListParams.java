package org.rightsregistry.common.paging;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes; each list's own parameters extend it. */
public class ListParams {

    @QueryParam("limit")
    @Parameter(description = "How many records per page (1–500).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "500", defaultValue = "50"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "Where the page starts: the `nextCursor` of the previous page, opaque.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
    public String cursor;

    @QueryParam("sort")
    @Parameter(description = "The field to sort by, `-` in front for descending order; ties break on id. "
            + "The sortable fields are listed per operation.", schema = @Schema(type = SchemaType.STRING))
    public String sort;

    public <E extends org.rightsregistry.common.record.RegistryRecord> PageRequest<E> page(List<SortField<E>> sortable) {
        return PageRequest.of(limit, cursor, sort, sortable);
    }
}
