package org.rightsregistry.history;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One change of a record: who made it, when, why, and what it changed.")
public record RevisionView(
        @Schema(description = "The record's version after this change (for a deletion: one more than the last).", required = true,
                example = "2") long version,
        @Schema(description = "When the change was made (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant at,
        @Schema(description = "Who made it: the name of the caller's token, `system` for the registry itself; `null` for anonymous "
                + "callers, who are not shown the names of the registry's staff.", nullable = true, example = "editor-almaty") String actor,
        @Schema(description = "What the change did.", required = true) Operation operation,
        @Schema(description = "Why, from the request's `X-Change-Reason` header.", nullable = true,
                example = "Court record of 7 December 2021 received") String reason,
        @Schema(description = "The change as a JSON Patch (RFC 6902) from the previous state of the record; a changed list is "
                + "replaced whole. The state is the record's writable fields (for a case, with its parties).", required = true)
        List<PatchOperation> patch) {
}
