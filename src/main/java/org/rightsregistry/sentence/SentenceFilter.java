package org.rightsregistry.sentence;

import java.util.Set;
import java.util.UUID;

import org.rightsregistry.common.date.Edtf;

/** The filters of a list of sentences; each set is an OR, the sets are AND-ed. */
public record SentenceFilter(Set<UUID> caseIds, Set<UUID> personIds, Set<SentenceStatus> statuses, Set<Verdict> verdicts,
        Set<ComponentType> componentTypes, Integer minTermMonths, Integer maxTermMonths, Edtf decidedFrom, Edtf decidedTo,
        Set<String> countries, Boolean uncited) {
}
