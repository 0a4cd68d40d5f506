package org.rightsregistry.common.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.EntityTag;

import org.rightsregistry.common.error.ApiException;

/**
 * Conditional requests on a record's version: the ETag of a record is its version, in quotes ({@code "3"}).
 * {@code If-Match} on a write must name the current version (or be {@code *}), else 412 and nothing changes.
 */
public final class Preconditions {

    private final Set<String> tags;
    private final boolean any;

    private Preconditions(Set<String> tags, boolean any) {
        this.tags = tags;
        this.any = any;
    }

    /** @param ifMatch the {@code If-Match} header, or {@code null} when absent (which matches any version) */
    public static Preconditions ifMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return new Preconditions(Set.of(), true);
        }
        Set<String> tags = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .filter(t -> !t.startsWith("W/")) // If-Match uses strong comparison: weak tags never match
                .map(t -> t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t)
                .collect(Collectors.toSet());
        return new Preconditions(tags, false);
    }

    /** Combines the {@code If-Match} header with a {@code version} given in the body: both must match. */
    public Preconditions andVersion(Long bodyVersion) {
        if (bodyVersion == null) {
            return this;
        }
        if (any) {
            return new Preconditions(Set.of(bodyVersion.toString()), false);
        }
        return tags.contains(bodyVersion.toString()) ? new Preconditions(Set.of(bodyVersion.toString()), false)
                : new Preconditions(Set.of(), false);
    }

    public void check(long currentVersion) {
        if (!any && !tags.contains(Long.toString(currentVersion))) {
            throw ApiException.stale(currentVersion);
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Whether an {@code If-None-Match} header names the current version (so a GET can answer 304). */
    public static boolean noneMatch(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null) {
            return false;
        }
        String current = Long.toString(currentVersion);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .map(t -> t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t)
                .anyMatch(t -> t.equals("*") || t.equals(current));
    }
}
