package org.rightsregistry.security;

import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.ProblemType;
import org.rightsregistry.history.ChangeContext;

/**
 * Authenticates the bearer token, if any, and applies {@link Access}: 401 (with {@code WWW-Authenticate}) for a
 * missing, unknown, expired or revoked token where one is needed; 403 for a token whose role is too low.
 */
public class AuthFilter {

    private final TokenService tokens;
    private final Caller caller;
    private final ChangeContext change;

    public AuthFilter(TokenService tokens, Caller caller, ChangeContext change) {
        this.tokens = tokens;
        this.caller = caller;
        this.change = change;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            if (header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ApiException(ProblemType.UNAUTHORIZED, "Send the token as Authorization: Bearer <token>");
            }
            Optional<TokenService.Identity> identity = tokens.authenticate(header.substring(7).strip());
            if (identity.isEmpty()) {
                throw new ApiException(ProblemType.UNAUTHORIZED, "The token is unknown, expired or revoked");
            }
            caller.authenticate(identity.get().id(), identity.get().name(), identity.get().role());
            change.actor(identity.get().name());
        }
    }

    /** Separate from {@link #authenticate}, so that the rate limit ({@link RateLimits}) counts a refused call too. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorize(ContainerRequestContext request) {
        Role required = Access.required(request.getMethod(), request.getUriInfo().getPath());
        if (required != null && !caller.has(required)) {
            if (caller.isAnonymous()) {
                throw new ApiException(ProblemType.UNAUTHORIZED, "This operation needs a token with the role " + required);
            }
            throw new ApiException(ProblemType.FORBIDDEN, "This operation needs the role " + required);
        }
    }
}
