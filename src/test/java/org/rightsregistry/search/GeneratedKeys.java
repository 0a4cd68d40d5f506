package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The search keys of generated records, computed by the application's own rules ({@link SearchIndex}), for the
 * performance data generator, which writes rows without going through the services. Each key is {kind, term};
 * terms that {@link SearchIndex} would skip (empty or over 500 characters) are left out here too.
 */
public final class GeneratedKeys {

    private GeneratedKeys() {
    }

    /** The keys of one name of a person (the keys of a person are the union over their names). */
    public static List<String[]> personName(String name) {
        return rows(SearchIndex.personKeys(List.of(name)));
    }

    /** The keys of a case's title, numbers and summary (each may be empty; the keys of a case are the union). */
    public static List<String[]> courtCase(String title, List<String> numbers, String summary) {
        return rows(SearchIndex.caseKeys(title, numbers, summary));
    }

    /** The keys of a charge, sentence, appeal or source: short fields (plain and folded words) and long texts. */
    public static List<String[]> record(List<String> shortFields, List<String> longTexts) {
        List<IndexedType.Field> fields = new ArrayList<>();
        shortFields.forEach(text -> fields.add(IndexedType.Field.words(text)));
        longTexts.forEach(text -> fields.add(IndexedType.Field.text(text)));
        return rows(SearchIndex.recordKeys(fields));
    }

    /** The rows of {@code person_search_word} for these folded words (a person key of kind F each): {deletion, word}. */
    public static List<String[]> words(Collection<String> folded) {
        return SearchIndex.wordRows(folded).stream().map(row -> new String[] {row.deletion(), row.word()}).toList();
    }

    private static List<String[]> rows(Set<SearchIndex.Key> keys) {
        List<String[]> rows = new ArrayList<>(keys.size());
        for (SearchIndex.Key key : keys) {
            if (!key.term().isEmpty() && key.term().length() <= 500) {
                rows.add(new String[] {key.kind(), key.term()});
            }
        }
        return List.copyOf(rows);
    }
}
