package org.rightsregistry.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.source.CitationView;
import org.rightsregistry.source.Disclosure;

@Schema(name = "Case", description = "Proceedings against one or more persons.")
public record CaseResponse(
        @Schema(description = "The case's id.", required = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21") UUID id,
        @Schema(description = "Grows by one with each change; the ETag of the record.", required = true, example = "1") long version,
        @Schema(description = "When the record was created (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant updatedAt,
        @Schema(description = "Who may see this record.", required = true) Visibility visibility,
        @Schema(description = "A short title.", required = true, example = "Prosecution of Aigerim Zhaksylykova for social media posts") String title,
        @Schema(description = "The numbers the case has had.", required = true) List<CaseNumberValue> caseNumbers,
        @Schema(description = "The country of the proceedings, ISO 3166-1 alpha-2.", required = true, example = "KZ") String country,
        @Schema(description = "The branch of law.", nullable = true) CaseKind kind,
        @Schema(description = "Where the proceedings stand.", nullable = true) CaseStage stage,
        @Schema(description = "Which freedoms the prosecution targets.", required = true) Set<CaseTheme> themes,
        @Schema(description = "When the proceedings were opened (EDTF).", nullable = true, example = "2021-03") String openedOn,
        @Schema(description = "When the proceedings were closed (EDTF).", nullable = true, example = "2022") String closedOn,
        @Schema(description = "What the sources say about the case.", nullable = true) String summary,
        @Schema(description = "The persons who are parties of the case, in the order they were added.", required = true)
        List<PartySummary> parties,
        @Schema(description = "The sources of the record and of its fields, with their titles and addresses.", required = true)
        List<CitationView> citations) implements RecordView {

    static CaseResponse from(CourtCase c, List<PartySummary> parties, Disclosure sources) {
        return new CaseResponse(c.getId(), c.getVersion(), c.getCreatedAt(), c.getUpdatedAt(), c.getVisibility(), c.getTitle(),
                c.getCaseNumbers().stream().map(CaseNumberValue::from).toList(), c.getCountry(), c.getKind(), c.getStage(),
                new TreeSet<>(c.getThemes()), c.getOpenedOn(), c.getClosedOn(), c.getSummary(), List.copyOf(parties), sources.citations(c));
    }
}
