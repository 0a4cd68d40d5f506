package org.rightsregistry.appeal;

import java.util.Set;
import java.util.UUID;

/** The filters of a list of appeals; each set is an OR, the sets are AND-ed. */
public record AppealFilter(Set<UUID> sentenceIds, Set<AppealStatus> statuses, Set<AppealOutcome> outcomes, Set<AppealLevel> levels, Boolean uncited) {
}
