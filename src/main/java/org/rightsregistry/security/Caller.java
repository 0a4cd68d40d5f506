package org.rightsregistry.security;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling: a token's name and role, or nobody (anonymous, public reads only). */
@RequestScoped
public class Caller {

    private String tokenId;
    private String name;
    private Role role;

    void authenticate(String tokenId, String name, Role role) {
        this.tokenId = tokenId;
        this.name = name;
        this.role = role;
    }

    /** The caller as a value, for work a request hands to other threads (an import's workers), which act for it. */
    public record Identity(String tokenId, String name, Role role) {
    }

    public Identity identity() {
        return new Identity(tokenId, name, role);
    }

    /** On a thread working for a request, in a request context of its own: the request's caller. */
    public void actFor(Identity identity) {
        authenticate(identity.tokenId(), identity.name(), identity.role());
    }

    public boolean isAnonymous() {
        return role == null;
    }

    /** The token's name, or {@code anonymous}. */
    public String name() {
        return role == null ? "anonymous" : name;
    }

    /** The token's id (stable, not secret), or {@code null} when anonymous: what rate limits count per token. */
    public String tokenId() {
        return role == null ? null : tokenId;
    }

    public boolean has(Role required) {
        return role != null && role.includes(required);
    }
}
