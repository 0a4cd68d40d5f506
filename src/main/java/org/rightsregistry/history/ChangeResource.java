package org.rightsregistry.history;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightsregistry.common.openapi.ApiDefinition;

/** The change feed: how an NGO tool mirrors the registry incrementally. */
@Path("/api/v1/changes")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final HistoryService history;

    public ChangeResource(HistoryService history) {
        this.history = history;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow every change to every record",
            description = "Changes in commit order: start without `since`, then pass each page's `nextCursor`. Applying them in "
                    + "order (fetch the record for `CREATE` and `UPDATE`, drop it for `DELETE`) reproduces the registry; no change "
                    + "is missed or repeated while writes go on.")
    @APIResponse(responseCode = "200", description = "A page of changes.")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public ChangePage list(
            @Parameter(description = "The `nextCursor` of the previous page; absent for the first change ever.",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("since") String since,
            @Parameter(description = "How many changes per page (1–1000).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        return history.changes(since, limit);
    }
}
