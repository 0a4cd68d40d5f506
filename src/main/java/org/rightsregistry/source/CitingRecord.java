package org.rightsregistry.source;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A record that cites a source, and how.")
public record CitingRecord(
        @Schema(description = "The kind of record, named as its collection.", required = true, example = "persons") String type,
        @Schema(description = "The record's id.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID id,
        @Schema(description = "The field the citation supports; `null` for the whole record.", nullable = true, example = "status") String field,
        @Schema(description = "Where in the source.", nullable = true) String locator,
        @Schema(description = "The words of the source, verbatim.", nullable = true) String quote,
        @Schema(description = "How firmly the source supports the fact.", nullable = true) Confidence confidence) {
}
