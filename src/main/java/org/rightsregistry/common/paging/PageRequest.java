package org.rightsregistry.common.paging;

import java.util.List;
import java.util.stream.Collectors;

import org.rightsregistry.common.error.ApiException;

/**
 * The paging part of a list request: how many, from where, in which order, and whether to count all matches (an
 * export reads page after page and needs no total). Built from query parameters.
 */
public record PageRequest<E>(int limit, Cursor cursor, SortField<E> sort, boolean descending, boolean counted) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** The {@code limit} parameter: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    public static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        // ASCII digits only: Integer.parseInt would also read "٣" (an Arabic-Indic three) as 3.
        int size = limit.matches("[0-9]{1,9}") ? Integer.parseInt(limit) : -1;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        return size;
    }

    public static <E> PageRequest<E> of(String limit, String cursor, String sort, List<SortField<E>> sortable) {
        int size = limit(limit);
        String sortKey = sort == null || sort.isEmpty() ? sortable.get(0).name() : sort;
        boolean descending = sortKey.startsWith("-");
        String name = descending ? sortKey.substring(1) : sortKey;
        SortField<E> field = sortable.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.invalid("sort", "must be one of "
                        + sortable.stream().map(SortField::name).collect(Collectors.joining(", "))
                        + ", optionally prefixed with - for descending order"));
        Cursor decoded = cursor == null ? null : Cursor.decode(cursor, sortKey);
        if (decoded != null) {
            try {
                field.parse(decoded.value());
            } catch (RuntimeException e) {
                throw ApiException.invalid("cursor", "is not a cursor of this list");
            }
        }
        return new PageRequest<>(size, decoded, field, descending, true);
    }

    /** The page of an export after {@code nextCursor} (the first for {@code null}): in this order, uncounted. */
    public PageRequest<E> exportPage(int size, String nextCursor) {
        return new PageRequest<>(size, nextCursor == null ? null : Cursor.decode(nextCursor, sortKey()), sort, descending, false);
    }

    public String sortKey() {
        return (descending ? "-" : "") + sort.name();
    }
}
