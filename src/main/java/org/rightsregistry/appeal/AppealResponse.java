package org.rightsregistry.appeal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.source.CitationView;
import org.rightsregistry.source.Disclosure;

@Schema(name = "Appeal", description = "A challenge of a sentence.")
public record AppealResponse(
        @Schema(description = "The appeal's id.", required = true, example = "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a01") UUID id,
        @Schema(description = "Grows by one with each change; the ETag of the record.", required = true, example = "1") long version,
        @Schema(description = "When the record was created (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant updatedAt,
        @Schema(description = "Who may see this record.", required = true) Visibility visibility,
        @Schema(description = "The sentence challenged.", required = true, example = "4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920") UUID sentenceId,
        @Schema(description = "The case, from the sentence.", required = true, readOnly = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21") UUID caseId,
        @Schema(description = "The person, from the sentence.", required = true, readOnly = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID personId,
        @Schema(description = "Who filed it.", nullable = true) FiledBy filedBy,
        @Schema(description = "Where it goes.", nullable = true) AppealLevel level,
        @Schema(description = "The court or body deciding it.", nullable = true, example = "UN WGAD") String body,
        @Schema(description = "When it was filed (EDTF).", nullable = true, example = "2021-10-01") String filedOn,
        @Schema(description = "When it was decided (EDTF).", nullable = true, example = "2021-12-07") String decidedOn,
        @Schema(description = "Where it stands.", nullable = true) AppealStatus status,
        @Schema(description = "What it achieved.", nullable = true) AppealOutcome outcome,
        @Schema(description = "The new sentence the appeal gave.", nullable = true, example = "5d6e7f80-91a2-4b3c-84d5-e6f708192a3b")
        UUID resultingSentenceId,
        @Schema(description = "The sources of the record and of its fields, with their titles and addresses.", required = true)
        List<CitationView> citations) implements RecordView {

    /** The appeal as the caller sees it: the resulting sentence only when the caller may see it. */
    static AppealResponse from(Appeal a, UUID caseId, UUID personId, Disclosure sources, java.util.function.Predicate<UUID> showsSentence) {
        return new AppealResponse(a.getId(), a.getVersion(), a.getCreatedAt(), a.getUpdatedAt(), a.getVisibility(), a.getSentenceId(),
                caseId, personId, a.getFiledBy(), a.getLevel(), a.getBody(), a.getFiledOn(), a.getDecidedOn(), a.getStatus(),
                a.getOutcome(),
                a.getResultingSentenceId() != null && showsSentence.test(a.getResultingSentenceId()) ? a.getResultingSentenceId() : null,
                sources.citations(a));
    }
}
