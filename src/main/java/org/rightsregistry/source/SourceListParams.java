package org.rightsregistry.source;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.paging.ListParams;
import org.rightsregistry.common.web.QueryValues;

/** The query parameters of {@code GET /api/v1/sources}. Repeat a parameter for OR; different parameters AND. */
public class SourceListParams extends ListParams {

    @QueryParam("type")
    @Parameter(description = "Only sources of one of these types.", schema = @Schema(type = SchemaType.ARRAY, implementation = SourceType.class))
    public List<String> type;

    @QueryParam("reliability")
    @Parameter(description = "Only sources of one of these reliabilities.", schema = @Schema(type = SchemaType.ARRAY, implementation = Reliability.class))
    public List<String> reliability;

    @QueryParam("publisher")
    @Parameter(description = "Only sources by one of these publishers, exactly as written.", example = "[\"Invented Monitoring Group\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> publisher;

    @QueryParam("publishedFrom")
    @Parameter(description = "Only sources published on or after the first day of this EDTF date.", example = "2020",
            schema = @Schema(type = SchemaType.STRING))
    public String publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Only sources published on or before the last day of this EDTF date.", example = "2021-06",
            schema = @Schema(type = SchemaType.STRING))
    public String publishedTo;

    @QueryParam("q")
    @Parameter(description = "Only sources whose title contains this text, ignoring case.", example = "bloggers",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    public SourceFilter filter() {
        if (q != null && (q.isBlank() || q.length() > 200)) {
            throw ApiException.invalid("q", "must be 1 to 200 characters");
        }
        return new SourceFilter(
                QueryValues.enums("type", type, SourceType.class),
                QueryValues.enums("reliability", reliability, Reliability.class),
                QueryValues.texts("publisher", publisher, 300),
                QueryValues.date("publishedFrom", publishedFrom),
                QueryValues.date("publishedTo", publishedTo),
                q == null ? null : q.strip());
    }
}
