package org.rightsregistry.source;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.record.Visibility;

@Schema(name = "Source", description = "A document that facts come from.")
public record SourceResponse(
        @Schema(description = "The source's id.", required = true, example = "3e1d2c4b-5a69-4f7e-8d0c-1b2a3c4d5e6f") UUID id,
        @Schema(description = "Grows by one with each change; the ETag of the record.", required = true, example = "1") long version,
        @Schema(description = "When the record was created (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant updatedAt,
        @Schema(description = "Who may see this record.", required = true) Visibility visibility,
        @Schema(description = "The title of the document.", required = true, example = "Kazakhstan: bloggers on trial (invented report)") String title,
        @Schema(description = "What kind of document it is.", nullable = true) SourceType type,
        @Schema(description = "Who published it.", nullable = true, example = "Invented Monitoring Group") String publisher,
        @Schema(description = "Who wrote it.", nullable = true, example = "Dana Omarova") String author,
        @Schema(description = "When it was published (EDTF).", nullable = true, example = "2021-11") String publishedOn,
        @Schema(description = "Where it is published.", nullable = true, example = "https://example.org/reports/bloggers-on-trial") String url,
        @Schema(description = "An archived copy.", nullable = true) String archiveUrl,
        @Schema(description = "Its language, BCP 47.", nullable = true, example = "ru") String language,
        @Schema(description = "How far the registry's editors trust it.", nullable = true) Reliability reliability) implements RecordView {

    static SourceResponse from(Source s) {
        return new SourceResponse(s.getId(), s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(), s.getVisibility(), s.getTitle(),
                s.getType(), s.getPublisher(), s.getAuthor(), s.getPublishedOn(), s.getUrl(), s.getArchiveUrl(), s.getLanguage(),
                s.getReliability());
    }
}
