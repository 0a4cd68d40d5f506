package org.rightsregistry.security;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Token", description = "An API token. Its secret appears once, in the response that creates it.")
public record TokenResponse(
        @Schema(description = "The token's id.", required = true) UUID id,
        @Schema(description = "Who or what uses the token.", required = true, example = "monitoring-team-laptop") String name,
        @Schema(description = "What the token may do.", required = true) Role role,
        @Schema(description = "When it was created.", required = true) Instant createdAt,
        @Schema(description = "The token that created it.", required = true, example = "admin") String createdBy,
        @Schema(description = "When it stops working; absent: never.") Instant expiresAt,
        @Schema(description = "When it was revoked; absent: it was not.") Instant revokedAt,
        @Schema(description = "The secret, to send as `Authorization: Bearer <secret>`. Only in the response that creates the "
                + "token: the registry keeps only its hash.", example = "rr_4f9c1e0a7b3d5e8f2a6c9b1d0e7f3a5c8b2d4e6f1a3c5e7b") String secret) {

    static TokenResponse from(ApiToken token, String secret) {
        return new TokenResponse(token.getId(), token.getName(), token.getRole(), token.getCreatedAt(), token.getCreatedBy(),
                token.getExpiresAt(), token.getRevokedAt(), secret);
    }
}
