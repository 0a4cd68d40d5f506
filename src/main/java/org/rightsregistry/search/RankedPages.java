package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.paging.Cursor;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;

/**
 * Keyset pages of ranked results. The order is (score, id), and a record's score depends only on the query and the
 * record, so the cursor (score and id of the last record of a page) starts the next page exactly after it: records
 * inserted meanwhile appear where they rank and nothing repeats or vanishes.
 */
public final class RankedPages {

    public static final String RELEVANCE = "relevance";

    private RankedPages() {
    }

    /** The sortable fields of a list under {@code q}: relevance first (the default), then the list's own. */
    public static <E> List<SortField<E>> withRelevance(List<SortField<E>> sortable) {
        List<SortField<E>> fields = new ArrayList<>();
        fields.add(new SortField<>(RELEVANCE, null, Long.class, e -> null));
        fields.addAll(sortable);
        return fields;
    }

    public static boolean byRelevance(PageRequest<?> page) {
        return RELEVANCE.equals(page.sort().name());
    }

    /** The page of {@code ranked} (in {@link Ranked#ORDER}) that the request asks for, and the cursor of the next. */
    public static Slice slice(List<Ranked> ranked, PageRequest<?> page) {
        Comparator<Ranked> order = page.descending() ? Ranked.ORDER.reversed() : Ranked.ORDER;
        List<Ranked> sorted = new ArrayList<>(ranked);
        sorted.sort(order);
        List<Ranked> items = new ArrayList<>();
        Cursor cursor = page.cursor();
        if (cursor != null && cursor.value() == null) {
            throw ApiException.invalid("cursor", "is not a cursor of this list; use the nextCursor of a previous page");
        }
        Ranked after = cursor == null ? null
                : new Ranked(cursor.id(), (int) Math.max(-1, Math.min(Integer.MAX_VALUE, Long.parseLong(cursor.value()))), null, null);
        for (Ranked r : sorted) {
            if (after != null && order.compare(r, after) <= 0) {
                continue;
            }
            items.add(r);
            if (items.size() > page.limit()) {
                break;
            }
        }
        String next = null;
        if (items.size() > page.limit()) {
            items = items.subList(0, page.limit());
            Ranked last = items.get(items.size() - 1);
            next = new Cursor(page.sortKey(), String.valueOf(last.score()), last.id()).encode();
        }
        return new Slice(List.copyOf(items), next);
    }

    /** One page of ranked results. */
    public record Slice(List<Ranked> items, String nextCursor) {

        public List<UUID> ids() {
            return items.stream().map(Ranked::id).toList();
        }
    }
}
