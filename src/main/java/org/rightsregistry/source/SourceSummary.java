package org.rightsregistry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The title and address of a cited source.")
public record SourceSummary(
        @Schema(description = "The source's title.", required = true, example = "Kazakhstan: bloggers on trial (invented report)") String title,
        @Schema(description = "Where the source is published.", nullable = true, example = "https://example.org/reports/bloggers-on-trial") String url) {
}
