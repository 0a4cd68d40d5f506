package org.rightsregistry.charge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.source.CitationView;
import org.rightsregistry.source.Disclosure;

@Schema(name = "Charge", description = "One accusation against one party of one case.")
public record ChargeResponse(
        @Schema(description = "The charge's id.", required = true, example = "9d4e2f1a-0b3c-4d5e-8f6a-7b8c9d0e1f23") UUID id,
        @Schema(description = "Grows by one with each change; the ETag of the record.", required = true, example = "1") long version,
        @Schema(description = "When the record was created (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant updatedAt,
        @Schema(description = "Who may see this record.", required = true) Visibility visibility,
        @Schema(description = "The case.", required = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21") UUID caseId,
        @Schema(description = "The accused person.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID personId,
        @Schema(description = "A short code of the legal code.", required = true, example = "KZ-CC-2014") String law,
        @Schema(description = "Article and part as the code writes them.", nullable = true, example = "405(2)") String article,
        @Schema(description = "The charge as published, verbatim.", nullable = true, example = "ч.2 ст.405 УК РК") String articleText,
        @Schema(description = "The alleged conduct.", nullable = true) String description,
        @Schema(description = "When the charge was brought (EDTF).", nullable = true, example = "2021-03-15") String filedOn,
        @Schema(description = "Where the accusation stands.", nullable = true) ChargeStatus status,
        @Schema(description = "What the article threatens, in months.", nullable = true) MonthRange penaltyRiskedMonths,
        @Schema(description = "The sources of the record and of its fields, with their titles and addresses.", required = true)
        List<CitationView> citations) implements RecordView {

    static ChargeResponse from(Charge c, Disclosure sources) {
        return new ChargeResponse(c.getId(), c.getVersion(), c.getCreatedAt(), c.getUpdatedAt(), c.getVisibility(), c.getCaseId(),
                c.getPersonId(), c.getLaw(), c.getArticle(), c.getArticleText(), c.getDescription(), c.getFiledOn(), c.getStatus(),
                ChargeRequest.range(c), sources.citations(c));
    }
}
