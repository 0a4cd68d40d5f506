package org.rightsregistry.security;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenInput", description = "A token to create.")
public record TokenRequest(
        @Schema(description = "Who or what uses the token; it appears as the actor in history.", required = true,
                example = "monitoring-team-laptop")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "What the token may do.", required = true, example = "editor")
        @NotNull Role role,
        @Schema(description = "When the token stops working (RFC 3339); absent: never.", example = "2027-06-30T00:00:00Z")
        Instant expiresAt) {
}
