package org.rightsregistry.history;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One change in the change feed.")
public record ChangeView(
        @Schema(description = "The kind of record.", required = true) RecordType type,
        @Schema(description = "The record's id; fetch it at `/api/v1/{type}/{id}`.", required = true,
                example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID id,
        @Schema(description = "The record's version after the change.", required = true, example = "3") long version,
        @Schema(description = "What the change did; after `DELETE` the record is gone.", required = true) Operation operation,
        @Schema(description = "When (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant at) {
}
