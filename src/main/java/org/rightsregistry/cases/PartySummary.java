package org.rightsregistry.cases;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A party of a case, as listed inside the case.")
public record PartySummary(
        @Schema(description = "The person's id.", required = true, example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13") UUID personId,
        @Schema(description = "The person's name as most often published.", required = true, example = "Aigerim Zhaksylykova") String fullName,
        @Schema(description = "The person's role in the case.", required = true) PartyRole role,
        @Schema(description = "Since when the person has this role (EDTF).", nullable = true, example = "2021-03-15") String since) {
}
