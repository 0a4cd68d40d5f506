package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The linguistics of search, done in Java so that it behaves the same on every database: text to Latin script,
 * Latin to search tokens, tokens to spelling-independent keys, and the distance between two keys.
 *
 * <p>Two forms of a word are kept:
 * <ul>
 * <li><b>plain</b>: ICU's transliteration to Latin (Kazakh and Russian Cyrillic by the BGN/PCGN system, which gives the
 * {@code zh}, {@code kh}, {@code ts} spellings that publications use; any other script by ICU's {@code Any-Latin}),
 * then ASCII, lower case, without diacritics or apostrophes. {@code Жақсылықова} → {@code zhaqsylyqova}.</li>
 * <li><b>folded</b>: the plain form with the common transliteration variants made equal (see {@link #fold}).
 * {@code zhaqsylyqova}, {@code jaksylykova}, {@code zhaksilikova} → {@code jaksilikova}.</li>
 * </ul>
 * A word with typos finds the words near it through the {@link #deletions} of both.
 */
public final class SearchText {

    /** Cyrillic by BGN/PCGN (Kazakh, which also covers Russian letters), every other script by ICU's default. */
    static final String TO_LATIN = "Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC; Lower";

    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance(TO_LATIN));

    private static final Pattern APOSTROPHES = Pattern.compile("['’ʹʼʻ`´]");

    /** Transliteration variants made equal, applied in this order to the plain form of a word. */
    private static final String[][] VARIANTS = {
            {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, // Джамбул, Dzhambul, Jambul; Жанна, Zhanna, Janna
            {"kh", "h"}, {"gh", "g"}, {"q", "k"}, // Хасен, Khasen, Hasen; Kazakh ғ and қ written gh, q or g, k
            {"ts", "c"}, {"ph", "f"}, {"w", "v"}, // Цой, Tsoy, Coj
            {"ng", "n"}, // Kazakh ң written ng or n
            {"y", "i"}, // ay/ai, ya/ia, yu/iu, -iy/-y
    };

    private static final int MIN_FUZZY_LENGTH = 4;
    /**
     * The longest word that may have typos: longer than any word of a name, and it bounds the deletions of a word (a
     * word of n letters has about n²/2 of them): 529 at most, not 20 000 for a query's 200 letters in one word.
     */
    static final int MAX_FUZZY_LENGTH = 32;

    private SearchText() {
    }

    /** The text in Latin script, ASCII, lower case, without diacritics and apostrophes. */
    public static String latin(String text) {
        if (text == null) {
            return "";
        }
        // ASCII is already Latin: ICU's chain would only lower its case (SearchTextTest compares the two on every character)
        String latin = ascii(text) ? text.toLowerCase(Locale.ROOT) : LATIN.get().transliterate(text);
        return APOSTROPHES.matcher(latin).replaceAll("");
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The plain words of a text, in order: runs of letters and digits of its Latin form. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String latin = latin(text);
        for (int i = 0; i < latin.length(); ) {
            int c = latin.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(c);
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /**
     * The spelling-independent form of a plain word: the {@link #VARIANTS} replaced, doubled letters made single
     * (Kassym/Kasym, Mariia/Maria, Dmitrii/Dmitriy), then {@code ie} → {@code e}, which makes -iev, -yev and -ev
     * and the initial Ye-/E- equal (Bokayev/Bokaev, Yerzhan/Erzhan).
     */
    public static String fold(String plain) {
        String folded = plain;
        for (String[] variant : VARIANTS) {
            folded = folded.replace(variant[0], variant[1]);
        }
        return single(folded).replace("ie", "e");
    }

    /**
     * The word with up to {@link #maxTypos} of its letters left out, in every way, the word itself among them: two words
     * within the typo limit of the longer one always have one of these in common (a wrong letter is the same position
     * left out of both, a missing or extra one is left out of the longer, two swapped letters are one left out of
     * each), so a search finds every word near its own by looking these up, however many words there are. Letters
     * are code points: cutting a pair of surrogates in two would leave a string that the database stores as {@code ?}.
     */
    public static Set<String> deletions(String folded) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(folded);
        Set<String> last = Set.of(folded);
        for (int left = 0; left < maxTypos(folded.length()); left++) {
            Set<String> next = new LinkedHashSet<>();
            for (String form : last) {
                for (int i = 0; i < form.length(); i = form.offsetByCodePoints(i, 1)) {
                    next.add(form.substring(0, i) + form.substring(form.offsetByCodePoints(i, 1)));
                }
            }
            next.remove("");
            forms.addAll(next);
            last = next;
        }
        return forms;
    }

    /** How many typos a word of this (folded) length may have and still match: none below 4 letters, 1 up to 7, 2 up to 32. */
    public static int maxTypos(int length) {
        return length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH ? 0 : length < 8 ? 1 : 2;
    }

    /** The Damerau-Levenshtein distance (optimal string alignment) of two words, or {@code limit + 1} when larger than limit. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }

    private static String single(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int last = -1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (c != last) {
                out.appendCodePoint(c);
            }
            last = c;
        }
        return out.toString();
    }
}
