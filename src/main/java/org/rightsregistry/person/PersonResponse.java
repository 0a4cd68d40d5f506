package org.rightsregistry.person;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.source.CitationView;
import org.rightsregistry.source.Disclosure;

@Schema(name = "Person", description = "A person the registry documents.")
public record PersonResponse(
        @Schema(description = "The person's id.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID id,
        @Schema(description = "Grows by one with each change; the ETag of the record.", required = true, example = "1") long version,
        @Schema(description = "When the record was created (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", required = true, example = "2026-11-29T10:15:30Z") Instant updatedAt,
        @Schema(description = "Who may see this record.", required = true) Visibility visibility,
        @Schema(description = "The name as most often published in Latin script.", required = true, example = "Aigerim Zhaksylykova") String fullName,
        @Schema(description = "The person's names in every language and script the sources use.", required = true) List<Name> names,
        @Schema(description = "Gender, as the sources give it.", nullable = true) Gender gender,
        @Schema(description = "Date of birth (EDTF), as given; callers without a token see only its year (with its `~`, `?` or `%` "
                + "qualifier), so `1988-03-02` reads `1988`.", nullable = true, example = "1988") String birthDate,
        @Schema(description = "Date of death (EDTF), as given.", nullable = true, example = "2020-02~") String deathDate,
        @Schema(description = "Citizenships, ISO 3166-1 alpha-2.", required = true, example = "[\"KZ\"]") List<String> citizenships,
        @Schema(description = "Country of residence, ISO 3166-1 alpha-2.", nullable = true, example = "KZ") String residenceCountry,
        @Schema(description = "Region or city of residence.", nullable = true, example = "Almaty") String region,
        @Schema(description = "Occupation.", nullable = true, example = "schoolteacher") String occupation,
        @Schema(description = "What the person is or does.", required = true, example = "[\"ACTIVIST\"]") Set<PersonRole> roles,
        @Schema(description = "Where the person is now.", nullable = true) PersonStatus status,
        @Schema(description = "Since when the status holds (EDTF).", nullable = true, example = "2020-06") String statusSince,
        @Schema(description = "When the person died relative to the proceedings.", nullable = true) DeathCircumstance deathCircumstance,
        @Schema(description = "What the sources say about the person.", nullable = true) String summary,
        @Schema(description = "Notes on the person's safety: shown to editors and admins only, `null` for everyone else (and so are the "
                + "citations that support them).", nullable = true) String safetyNotes,
        @Schema(description = "The sources of the record and of its fields, with their titles and addresses.", required = true)
        List<CitationView> citations) implements RecordView {

    public static PersonResponse from(Person p, Disclosure sources) {
        return from(p, PersonCollections.of(p), sources);
    }

    /** The response of a person whose collections were read apart from it ({@link PersonCollections}). */
    public static PersonResponse from(Person p, PersonCollections collections, Disclosure sources) {
        return new PersonResponse(p.getId(), p.getVersion(), p.getCreatedAt(), p.getUpdatedAt(), p.getVisibility(),
                p.getFullName(), collections.names(), p.getGender(), sources.birthDate(p.getBirthDate()),
                p.getDeathDate(), collections.citizenships(), p.getResidenceCountry(), p.getRegion(),
                p.getOccupation(), collections.roles(), p.getStatus(), p.getStatusSince(),
                p.getDeathCircumstance(), p.getSummary(), sources.safetyNotes(p.getSafetyNotes()), sources.citations(collections));
    }
}
