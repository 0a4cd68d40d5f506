package org.rightsregistry.person;

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

/** What a caller writes about a person (POST, PUT, and the view that PATCH merges into). */
@JsonIgnoreProperties(value = {"createdAt", "updatedAt"}, allowGetters = false)
@Schema(name = "PersonInput", description = "A person as written by a caller. Server-managed fields (`createdAt`, `updatedAt`) "
        + "are ignored when sent back.")
public record PersonRequest(
        @Schema(description = "On create: the id to give the record (a new one when absent). On replace: ignored, the path wins.",
                example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13")
        UUID id,
        @Schema(description = "The version the caller last read; a replace or patch with another version is refused with 412.",
                example = "3")
        @PositiveOrZero Long version,
        @Schema(description = "Who may see this record.", defaultValue = "PUBLIC")
        Visibility visibility,
        @Schema(description = "The name as most often published in Latin script.", required = true, example = "Aigerim Zhaksylykova")
        @NotBlank @Size(max = 300) String fullName,
        @Schema(description = "The person's names in every language and script the sources use.")
        @Size(max = 50) List<@Valid @NotNull Name> names,
        @Schema(description = "Gender, as the sources give it.", example = "FEMALE")
        Gender gender,
        @Schema(description = "Date of birth (EDTF: `1988`, `1988-04`, `1988-04-17`, `1988~`, `1988?`).", example = "1988")
        @EdtfDate String birthDate,
        @Schema(description = "Date of death (EDTF).", example = "2020-02~")
        @EdtfDate String deathDate,
        @Schema(description = "Citizenships, ISO 3166-1 alpha-2.", example = "[\"KZ\"]")
        @Size(max = 10) List<@NotNull @Code(Code.Kind.COUNTRY) String> citizenships,
        @Schema(description = "Where the person lives or lived, ISO 3166-1 alpha-2 (a refugee in Belgium: `BE`).", example = "KZ")
        @Code(Code.Kind.COUNTRY) String residenceCountry,
        @Schema(description = "Region or city of residence.", example = "Almaty")
        @Size(max = 200) String region,
        @Schema(description = "Occupation.", example = "schoolteacher")
        @Size(max = 300) String occupation,
        @Schema(description = "What the person is or does.", example = "[\"ACTIVIST\"]")
        @Size(max = 13) Set<@NotNull PersonRole> roles,
        @Schema(description = "Where the person is now.", example = "PRE_TRIAL_DETENTION")
        PersonStatus status,
        @Schema(description = "Since when the status holds (EDTF).", example = "2020-06")
        @EdtfDate String statusSince,
        @Schema(description = "When the person died relative to the proceedings; only with status `DECEASED`.")
        DeathCircumstance deathCircumstance,
        @Schema(description = "What the sources say about the person.", example = "Invented person for the documentation.")
        @Size(max = 20000) String summary,
        @Schema(description = "Notes on the person's safety. Never shown to the public or to viewers.", example = "Do not contact directly.")
        @Size(max = 20000) String safetyNotes,
        @Schema(description = "The sources of the record and of its fields.")
        @Size(max = 200) List<@Valid @NotNull CitationInput> citations) {

    static PersonRequest from(Person p) {
        return new PersonRequest(p.getId(), p.getVersion(), p.getVisibility(), p.getFullName(),
                p.getNames().stream().map(Name::from).toList(), p.getGender(), p.getBirthDate(), p.getDeathDate(),
                List.copyOf(p.getCitizenships()), p.getResidenceCountry(), p.getRegion(), p.getOccupation(),
                new java.util.TreeSet<>(p.getRoles()), p.getStatus(), p.getStatusSince(), p.getDeathCircumstance(), p.getSummary(),
                p.getSafetyNotes(), Citations.inputs(p));
    }
}
