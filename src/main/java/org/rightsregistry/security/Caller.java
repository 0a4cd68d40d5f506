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
