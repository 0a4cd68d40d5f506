package org.rightsregistry.common.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * A field a list can be sorted by: its name in the API, its path in the query, the type of its value and how to
 * read that value from an entity (for the cursor of the next page).
 */
public record SortField<E>(String name, String path, Class<?> type, Function<E, Object> value) {

    Object parse(String text) {
        if (text == null) {
            return null;
        }
        if (type == String.class) {
            return text;
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        throw new IllegalStateException("unsupported sort type " + type);
    }
}
