package org.rightsregistry.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseNumber", description = "A number the case is known by at one stage, at one authority.")
public record CaseNumberValue(
        @Schema(description = "The number as the authority writes it.", required = true, example = "1975-0012-00/2021")
        @NotBlank @Size(max = 100) String number,
        @Schema(nullable = true, description = "The stage this number belongs to.", example = "FIRST_INSTANCE")
        CaseNumberKind kind,
        @Schema(nullable = true, description = "The authority that gave the number.", example = "Specialised Inter-District Criminal Court of Almaty")
        @Size(max = 300) String authority) {

    static CaseNumberValue from(CaseNumber n) {
        return new CaseNumberValue(n.getNumber(), n.getKind(), n.getAuthority());
    }

    CaseNumber toEntity() {
        return new CaseNumber(number, kind, authority);
    }
}
