package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rightsregistry.common.error.ApiException;

/** A parsed {@code q}: its words in their plain, folded and typo-key forms. */
public record SearchQuery(String text, List<Word> words) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 8;

    /** One word of the query. */
    public record Word(String plain, String folded) {

        /** The keys that find this word without typos: itself and its folded form. */
        public Set<String> terms() {
            Set<String> terms = new LinkedHashSet<>();
            terms.add(plain);
            terms.add(folded);
            return terms;
        }
    }

    /**
     * {@code null} when the parameter is absent or blank (an empty search box lists everything); a 400 naming it when
     * it is too long or has no letter or digit.
     */
    public static SearchQuery parse(String name, String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        if (text.length() > MAX_LENGTH) {
            throw ApiException.invalid(name, "must be at most " + MAX_LENGTH + " characters");
        }
        List<Word> words = new ArrayList<>();
        for (String token : new LinkedHashSet<>(SearchText.tokens(text))) {
            words.add(new Word(token, SearchText.fold(token)));
        }
        if (words.isEmpty()) {
            throw ApiException.invalid(name, "must contain at least one letter or digit");
        }
        if (words.size() > MAX_WORDS) {
            throw ApiException.invalid(name, "must have at most " + MAX_WORDS + " words");
        }
        return new SearchQuery(text, List.copyOf(words));
    }

    /** The plain words joined by single spaces: what a whole name is compared with. */
    public String phrase() {
        return String.join(" ", words.stream().map(Word::plain).toList());
    }

    /** The keys of every word without typos. */
    public Set<String> allTerms() {
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(w -> terms.addAll(w.terms()));
        return terms;
    }
}
