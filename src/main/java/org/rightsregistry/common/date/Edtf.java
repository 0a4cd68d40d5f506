package org.rightsregistry.common.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: an EDTF string of level 0 ({@code 2020}, {@code 2020-11}, {@code 2020-11-25})
 * with the qualifiers of level 1 ({@code ~} approximate, {@code ?} uncertain, {@code %} both) on the whole date.
 * Stored exactly as given; compared by its first day.
 */
public record Edtf(String value, int year, Integer month, Integer day, String qualifier) {

    public static final String RULE = "must be an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %";
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([~?%])?");

    /** @return the parsed date, or {@code null} when the text is not a valid EDTF date of the supported levels */
    public static Edtf parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            if (year < 1) {
                return null;
            }
            if (month != null) {
                YearMonth ym = YearMonth.of(year, month);
                if (day != null) {
                    ym.atDay(day);
                }
            }
        } catch (DateTimeException e) {
            return null;
        }
        return new Edtf(text, year, month, day, m.group(4) == null ? "" : m.group(4));
    }

    public static boolean isValid(String text) {
        return parse(text) != null;
    }

    /** The first day of the period, by which dates sort and filter; {@code null} for {@code null}. */
    public static LocalDate firstDayOf(String text) {
        Edtf edtf = parse(text);
        return edtf == null ? null : edtf.firstDay();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public LocalDate lastDay() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        YearMonth ym = YearMonth.of(year, month);
        return day == null ? ym.atEndOfMonth() : ym.atDay(day);
    }

    /**
     * The date {@code months} later, at the same precision. A year-precise date moved by a number of months that
     * is not a whole number of years cannot be known to the year, so the result is marked approximate ({@code ~}).
     */
    public String plusMonths(int months) {
        LocalDate moved = firstDay().plusMonths(months);
        if (moved.getYear() > 9999) {
            return null;
        }
        if (month == null) {
            String q = months % 12 == 0 ? qualifier : "~";
            return String.format("%04d%s", moved.getYear(), q);
        }
        if (day == null) {
            return String.format("%04d-%02d%s", moved.getYear(), moved.getMonthValue(), qualifier);
        }
        return moved + qualifier;
    }
}
