package org.rightsregistry.search;

import java.util.Comparator;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record that matched a search, with its score (lower is better) and how it matched. The score depends only on
 * the query and the record, so a cursor of (score, id) pages through ranked results like any keyset.
 */
public record Ranked(UUID id, int score, Match match, String matched) {

    /**
     * Best first; equal scores by id as the databases order uuids (byte by byte, unsigned), which is also the order of
     * their text. {@link UUID#compareTo} compares signed, so it would order half the ids differently, and a search
     * could then not let the database pick its first matches.
     */
    public static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::score).thenComparing(Ranked::id, Ranked::compareIds);

    /** Two ids in the order of the databases and of their text. */
    private static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** How a record matched, best first; the score's tens. */
    @Schema(name = "SearchMatch", description = "How a hit matched, best first: `EXACT_NAME` (the whole name or a case number), "
            + "`EXACT_WORD`, `VARIANT` (another script or transliteration), `SUMMARY` (a case's summary or a charge's description), `FUZZY` (one or two typos).")
    public enum Match {
        /** The query is a whole name of the person, or a number of the case. */
        EXACT_NAME(0),
        /** Every word of the query is a word of a name (or of a case's title or numbers, or another short field), as written. */
        EXACT_WORD(10),
        /** Every word matches a word of a name, title, number or other short field in another script or transliteration. */
        VARIANT(20),
        /** Every word matches, some only in a case's summary or a charge's description. */
        SUMMARY(30),
        /** Some word matches only with one or two typos; the score adds the number of typos. */
        FUZZY(40);

        final int base;

        Match(int base) {
            this.base = base;
        }
    }
}
