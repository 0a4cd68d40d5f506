package org.rightsregistry.security;

/**
 * The one access rule, used both to enforce and to document it: reads are open (visibility decides what they
 * show), writes need an editor, deletes and tokens need an admin. A new endpoint is covered without annotations.
 */
public final class Access {

    private Access() {
    }

    /** @return the role an operation needs, or {@code null} when anyone may call it */
    public static Role required(String httpMethod, String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        if (normalized.startsWith("/api/v1/tokens")) {
            return Role.admin;
        }
        return switch (httpMethod) {
            case "GET", "HEAD", "OPTIONS" -> null;
            case "DELETE" -> Role.admin;
            default -> Role.editor;
        };
    }
}
