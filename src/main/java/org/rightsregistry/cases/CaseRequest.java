package org.rightsregistry.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.date.EdtfDate;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.common.validation.Code;
import org.rightsregistry.source.CitationInput;
import org.rightsregistry.source.Citations;

/** What a caller writes about a case. Parties are managed at {@code /api/v1/cases/{id}/parties}. */
@JsonIgnoreProperties(value = {"createdAt", "updatedAt", "parties"}, allowGetters = false)
@Schema(name = "CaseInput", description = "A case as written by a caller. Server-managed fields (`createdAt`, `updatedAt`) and "
        + "`parties` (managed at `/api/v1/cases/{id}/parties`) are ignored when sent back.")
public record CaseRequest(
        @Schema(description = "On create: the id to give the record (a new one when absent). On replace: ignored, the path wins.",
                example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21")
        UUID id,
        @Schema(description = "The version the caller last read; a replace or patch with another version is refused with 412.", example = "1")
        @PositiveOrZero Long version,
        @Schema(description = "Who may see this record.", defaultValue = "PUBLIC")
        Visibility visibility,
        @Schema(description = "A short title.", required = true, example = "Prosecution of Aigerim Zhaksylykova for social media posts")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "The numbers the case has had.")
        @Size(max = 50) List<@Valid @NotNull CaseNumberValue> caseNumbers,
        @Schema(description = "The country of the proceedings, ISO 3166-1 alpha-2.", required = true, example = "KZ")
        @NotNull @Code(Code.Kind.COUNTRY) String country,
        @Schema(description = "The branch of law.", example = "CRIMINAL")
        CaseKind kind,
        @Schema(description = "Where the proceedings stand.", example = "TRIAL")
        CaseStage stage,
        @Schema(description = "Which freedoms the prosecution targets.", example = "[\"EXPRESSION\"]")
        @Size(max = 9) Set<@NotNull CaseTheme> themes,
        @Schema(description = "When the proceedings were opened (EDTF).", example = "2021-03")
        @EdtfDate String openedOn,
        @Schema(description = "When the proceedings were closed (EDTF).", example = "2022")
        @EdtfDate String closedOn,
        @Schema(description = "What the sources say about the case.", example = "Invented case for the documentation.")
        @Size(max = 20000) String summary,
        @Schema(description = "The sources of the record and of its fields.")
        @Size(max = 200) List<@Valid @NotNull CitationInput> citations) {

    static CaseRequest from(CourtCase c) {
        return new CaseRequest(c.getId(), c.getVersion(), c.getVisibility(), c.getTitle(),
                c.getCaseNumbers().stream().map(CaseNumberValue::from).toList(), c.getCountry(), c.getKind(), c.getStage(),
                new java.util.TreeSet<>(c.getThemes()), c.getOpenedOn(), c.getClosedOn(), c.getSummary(), Citations.inputs(c));
    }
}
