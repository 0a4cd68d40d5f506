package org.rightsregistry.security;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling: a token's name and role, or nobody (anonymous, public reads only). */
@RequestScoped
public class Caller {

    private String name;
    private Role role;

    void authenticate(String name, Role role) {
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

    public boolean has(Role required) {
        return role != null && role.includes(required);
    }
}
