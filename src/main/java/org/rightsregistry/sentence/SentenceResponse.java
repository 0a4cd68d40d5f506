package org.rightsregistry.sentence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.source.CitationView;
import org.rightsregistry.source.Disclosure;

@Schema(name = "Sentence", description = "One court decision on one person in one case.")
public record SentenceResponse(
        @Schema(description = "The sentence's id.", required = true, example = "4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920") UUID id,
        @Schema(description = "Grows by one with each change; the ETag of the record.", required = true, example = "1") long version,
        @Schema(description = "When the record was created (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant updatedAt,
        @Schema(description = "Who may see this record.", required = true) Visibility visibility,
        @Schema(description = "The case.", required = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21") UUID caseId,
        @Schema(description = "The sentenced person.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID personId,
        @Schema(description = "The charges this decision decides.", required = true) List<UUID> chargeIds,
        @Schema(description = "The court.", nullable = true, example = "Almaty City Court") String court,
        @Schema(description = "The level of the court.", nullable = true) Instance instance,
        @Schema(description = "When the court decided (EDTF).", required = true, example = "2021-09-14") String decidedOn,
        @Schema(description = "What the court decided.", nullable = true) Verdict verdict,
        @Schema(description = "The penalties.", required = true) List<Component> components,
        @Schema(description = "Where the decision stands.", nullable = true) SentenceStatus status,
        @Schema(description = "When the penalty started or starts (EDTF).", nullable = true, example = "2021-03-15") String startsOn,
        @Schema(description = "Computed: `startsOn` plus the longest custodial term, at the precision of `startsOn` "
                + "(marked `~` when a year-precise start moves by a part of a year). Absent for life imprisonment.",
                nullable = true, readOnly = true, example = "2027-03-15") String expectedEndOn,
        @Schema(description = "The sources of the record and of its fields, with their titles and addresses.", required = true)
        List<CitationView> citations) implements RecordView {

    /** The sentence as the caller sees it: only the charges it may see, and the citations {@code sources} discloses. */
    static SentenceResponse from(Sentence s, Disclosure sources, java.util.function.Predicate<UUID> showsCharge) {
        return new SentenceResponse(s.getId(), s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(), s.getVisibility(), s.getCaseId(),
                s.getPersonId(), s.getChargeIds().stream().filter(showsCharge).toList(), s.getCourt(), s.getInstance(), s.getDecidedOn(), s.getVerdict(),
                s.getComponents().stream().map(Component::from).toList(), s.getStatus(), s.getStartsOn(), s.getExpectedEndOn(), sources.citations(s));
    }
}
