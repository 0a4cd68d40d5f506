package org.rightsregistry.sentence;

import java.util.Set;
import java.util.UUID;

/** The filters of a list of sentences; each set is an OR, the sets are AND-ed. */
public record SentenceFilter(Set<UUID> caseIds, Set<UUID> personIds, Set<SentenceStatus> statuses, Set<Verdict> verdicts, Boolean uncited) {
}
