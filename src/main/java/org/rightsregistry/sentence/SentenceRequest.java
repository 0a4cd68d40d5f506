package org.rightsregistry.sentence;

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

@JsonIgnoreProperties(value = {"createdAt", "updatedAt", "expectedEndOn"}, allowGetters = false)
@Schema(name = "SentenceInput", description = "A sentence as written by a caller. The person must be a party of the case, and the "
        + "charges must be charges of that person in that case. `expectedEndOn` is computed and ignored when sent.")
public record SentenceRequest(
        @Schema(description = "On create: the id to give the record (a new one when absent). On replace: ignored, the path wins.",
                example = "4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920")
        UUID id,
        @Schema(description = "The version the caller last read; a replace or patch with another version is refused with 412.", example = "1")
        @PositiveOrZero Long version,
        @Schema(description = "Who may see this record.", defaultValue = "PUBLIC")
        Visibility visibility,
        @Schema(description = "The case.", required = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21")
        @NotNull UUID caseId,
        @Schema(description = "The sentenced person; must be a party of the case.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13")
        @NotNull UUID personId,
        @Schema(description = "The charges this decision decides.", example = "[\"9d4e2f1a-0b3c-4d5e-8f6a-7b8c9d0e1f23\"]")
        @Size(max = 100) List<@NotNull UUID> chargeIds,
        @Schema(description = "The court.", example = "Almaty City Court")
        @Size(max = 300) String court,
        @Schema(description = "The level of the court.", example = "FIRST_INSTANCE")
        Instance instance,
        @Schema(description = "When the court decided (EDTF).", required = true, example = "2021-09-14")
        @NotNull @EdtfDate String decidedOn,
        @Schema(description = "What the court decided.", example = "GUILTY")
        Verdict verdict,
        @Schema(description = "The penalties; at least one for a guilty verdict.")
        @Size(max = 20) List<@Valid @NotNull Component> components,
        @Schema(description = "Where the decision stands.", example = "IN_FORCE")
        SentenceStatus status,
        @Schema(description = "When the penalty started or starts (EDTF).", example = "2021-03-15")
        @EdtfDate String startsOn,
        @Schema(description = "The sources of the record and of its fields.")
        @Size(max = 200) List<@Valid @NotNull CitationInput> citations) {

    static SentenceRequest from(Sentence s) {
        return new SentenceRequest(s.getId(), s.getVersion(), s.getVisibility(), s.getCaseId(), s.getPersonId(),
                List.copyOf(s.getChargeIds()), s.getCourt(), s.getInstance(), s.getDecidedOn(), s.getVerdict(),
                s.getComponents().stream().map(Component::from).toList(), s.getStatus(), s.getStartsOn(), Citations.inputs(s));
    }
}
