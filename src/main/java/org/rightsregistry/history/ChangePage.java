package org.rightsregistry.history;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of the change feed.")
public record ChangePage(
        @Schema(description = "Changes in commit order.", required = true) List<ChangeView> items,
        @Schema(description = "Pass as `since` to get the changes after this page; present even when there are none yet, "
                + "so a mirror can poll with it.", required = true, example = "czo0Mg") String nextCursor,
        @Schema(description = "Whether more changes are already waiting after this page.", required = true) boolean hasMore) {
}
