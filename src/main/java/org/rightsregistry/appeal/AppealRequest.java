package org.rightsregistry.appeal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.date.EdtfDate;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.source.CitationInput;
import org.rightsregistry.source.Citations;

@JsonIgnoreProperties(value = {"createdAt", "updatedAt", "caseId", "personId"}, allowGetters = false)
@Schema(name = "AppealInput", description = "An appeal as written by a caller. Its case and person follow from the sentence "
        + "(`caseId` and `personId` are ignored when sent).")
public record AppealRequest(
        @Schema(description = "On create: the id to give the record (a new one when absent). On replace: ignored, the path wins.",
                example = "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a01")
        UUID id,
        @Schema(description = "The version the caller last read; a replace or patch with another version is refused with 412.", example = "1")
        @PositiveOrZero Long version,
        @Schema(description = "Who may see this record.", defaultValue = "PUBLIC")
        Visibility visibility,
        @Schema(description = "The sentence challenged.", required = true, example = "4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920")
        @NotNull UUID sentenceId,
        @Schema(description = "Who filed it.", example = "DEFENCE")
        FiledBy filedBy,
        @Schema(description = "Where it goes.", example = "APPEAL")
        AppealLevel level,
        @Schema(description = "The court or body deciding it.", example = "Almaty City Court, appellate board")
        @Size(max = 300) String body,
        @Schema(description = "When it was filed (EDTF).", example = "2021-10-01")
        @EdtfDate String filedOn,
        @Schema(description = "When it was decided (EDTF); not before `filedOn`.", example = "2021-12-07")
        @EdtfDate String decidedOn,
        @Schema(description = "Where it stands.", example = "DECIDED")
        AppealStatus status,
        @Schema(description = "What it achieved; required when `status` is `DECIDED`.", example = "REDUCED")
        AppealOutcome outcome,
        @Schema(description = "The new sentence the appeal gave, of the same person in the same case. With `REDUCED`, `INCREASED` or "
                + "`REQUALIFIED` the challenged sentence becomes `MODIFIED_ON_APPEAL`; with `OVERTURNED_*` it becomes `OVERTURNED`.",
                example = "5d6e7f80-91a2-4b3c-84d5-e6f708192a3b")
        UUID resultingSentenceId,
        @Schema(description = "The sources of the record and of its fields.")
        @Size(max = 200) List<@Valid @NotNull CitationInput> citations) {

    static AppealRequest from(Appeal a) {
        return new AppealRequest(a.getId(), a.getVersion(), a.getVisibility(), a.getSentenceId(), a.getFiledBy(), a.getLevel(),
                a.getBody(), a.getFiledOn(), a.getDecidedOn(), a.getStatus(), a.getOutcome(), a.getResultingSentenceId(), Citations.inputs(a));
    }
}
