package org.rightsregistry.sentence;

import java.util.List;

/**
 * The term filter shared by the lists: a sentence "of at least N months" has an imprisonment component (suspended
 * or not) whose term lies in the range; life imprisonment is longer than any minimum and matches no maximum.
 */
public final class Terms {

    private Terms() {
    }

    /** A clause on the component alias {@code c}, with {@code ?} for each value it appends to {@code values}. */
    public static String clause(String c, Integer minMonths, Integer maxMonths, List<Object> values) {
        StringBuilder prison = new StringBuilder(c + ".type = ?");
        values.add(ComponentType.IMPRISONMENT);
        if (minMonths != null) {
            prison.append(" and ").append(c).append(".termMonths >= ?");
            values.add(minMonths);
        }
        if (maxMonths != null) {
            prison.append(" and ").append(c).append(".termMonths <= ?");
            values.add(maxMonths);
            return "(" + prison + ")";
        }
        values.add(ComponentType.LIFE_IMPRISONMENT);
        return "((" + prison + ") or " + c + ".type = ?)";
    }
}
