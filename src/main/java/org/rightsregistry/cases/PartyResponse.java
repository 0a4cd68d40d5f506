package org.rightsregistry.cases;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Party", description = "A person's part in a case. A person is a party of a case at most once; the role changes over time.")
public record PartyResponse(
        @Schema(description = "The case.", required = true, example = "2b7e1c4d-5f60-4a8b-9c1d-3e5f7a9b0c21") UUID caseId,
        @Schema(description = "The person; identifies the party within the case.", required = true,
                example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID personId,
        @Schema(description = "The person's name as most often published.", required = true, example = "Aigerim Zhaksylykova") String fullName,
        @Schema(description = "The person's role in the case.", required = true) PartyRole role,
        @Schema(description = "Since when the person has this role (EDTF).", nullable = true, example = "2021-03-15") String since,
        @Schema(description = "Grows by one with each change; the ETag of the party.", required = true, example = "1") long version,
        @Schema(description = "When the person became a party (RFC 3339, UTC).", required = true) Instant createdAt,
        @Schema(description = "When the party last changed (RFC 3339, UTC).", required = true) Instant updatedAt) implements org.rightsregistry.common.record.RecordView {

    static PartyResponse from(Party p, String fullName) {
        return new PartyResponse(p.getCaseId(), p.getPersonId(), fullName, p.getRole(), p.getSince(), p.getVersion(),
                p.getCreatedAt(), p.getUpdatedAt());
    }

    /** A party is named by its person within the case. */
    @Override
    public UUID id() {
        return personId;
    }

    PartySummary summary() {
        return new PartySummary(personId, fullName, role, since);
    }
}
