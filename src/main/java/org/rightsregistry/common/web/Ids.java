package org.rightsregistry.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.rightsregistry.common.error.ApiException;

/** Record ids in paths: a malformed id names no record, so it is a 404 like an unknown one. */
public final class Ids {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /** @return the UUID, or {@code null} when the text is not one in canonical form */
    public static UUID parse(String text) {
        return text != null && UUID_FORM.matcher(text).matches() ? UUID.fromString(text) : null;
    }

    public static UUID path(String text, String what) {
        UUID id = parse(text);
        if (id == null) {
            throw ApiException.notFound(what);
        }
        return id;
    }
}
