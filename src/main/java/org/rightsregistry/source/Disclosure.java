package org.rightsregistry.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a response may show the caller of a page of records: the summaries of the cited sources the caller may see
 * (any other cited source is withheld), and whether the fields that only some callers see are shown. Built once per
 * page by {@link Citations#sourcesOf}, so every record type projects the same way.
 */
public final class Disclosure {

    /** A field that only editors and admins see. */
    public static final String SAFETY_NOTES = "safetyNotes";
    /** A field of which anonymous callers see the year only. */
    public static final String BIRTH_DATE = "birthDate";

    private final Map<UUID, SourceSummary> sources;
    private final boolean safetyNotes;
    private final boolean birthDay;

    Disclosure(Map<UUID, SourceSummary> sources, boolean safetyNotes, boolean birthDay) {
        this.sources = sources;
        this.safetyNotes = safetyNotes;
        this.birthDay = birthDay;
    }

    /**
     * The record's citations: a citation of a withheld source is {@code {"withheld": true}}; a citation that supports
     * a field the caller may not see (safety notes; the birth date, for anonymous callers) is left out.
     */
    public List<CitationView> citations(Cited record) {
        List<CitationView> views = new ArrayList<>();
        for (Citation c : record.getCitations()) {
            if (!showsCitationOf(c.getField())) {
                continue;
            }
            SourceSummary source = sources.get(c.getSourceId());
            views.add(source == null ? CitationView.WITHHELD : CitationView.of(c, source));
        }
        return views;
    }

    /** Whether a citation supporting this field (null: the whole record) is shown. */
    public boolean showsCitationOf(String field) {
        return !(SAFETY_NOTES.equals(field) && !safetyNotes) && !(BIRTH_DATE.equals(field) && !birthDay);
    }

    public boolean showsSource(UUID sourceId) {
        return sources.containsKey(sourceId);
    }

    public String safetyNotes(String notes) {
        return safetyNotes ? notes : null;
    }

    public boolean showsSafetyNotes() {
        return safetyNotes;
    }

    /** The date of birth, or for anonymous callers its year (with the date's qualifier, if any). */
    public String birthDate(String edtf) {
        return birthDay ? edtf : yearOf(edtf);
    }

    public boolean showsBirthDay() {
        return birthDay;
    }

    /** The year of an EDTF date, keeping an approximate or uncertain qualifier: {@code 1975-03-02?} gives {@code 1975?}. */
    public static String yearOf(String edtf) {
        if (edtf == null || edtf.length() < 4) {
            return edtf;
        }
        char last = edtf.charAt(edtf.length() - 1);
        String year = edtf.substring(0, 4);
        return last == '~' || last == '?' || last == '%' ? year + last : year;
    }
}
