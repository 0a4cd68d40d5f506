package org.rightsregistry.cases;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.date.EdtfDate;

@JsonIgnoreProperties(value = {"caseId", "fullName", "createdAt", "updatedAt"}, allowGetters = false)
@Schema(name = "PartyInput", description = "A person's part in a case, as written by a caller. On replace, the person in the path wins.")
public record PartyRequest(
        @Schema(description = "The person who is a party. Required when adding a party.", example = "6a3f0c2e-8b1d-4f5a-9c7e-2d4b6a8f0e13")
        UUID personId,
        @Schema(description = "The version the caller last read; a replace or patch with another version is refused with 412.", example = "1")
        @PositiveOrZero Long version,
        @Schema(description = "The person's role in the case.", required = true, example = "DEFENDANT")
        @NotNull PartyRole role,
        @Schema(description = "Since when the person has this role (EDTF).", example = "2021-03-15")
        @EdtfDate String since) {

    static PartyRequest from(Party p) {
        return new PartyRequest(p.getPersonId(), p.getVersion(), p.getRole(), p.getSince());
    }
}
