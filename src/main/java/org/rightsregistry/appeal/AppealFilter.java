package org.rightsregistry.appeal;

import java.util.Set;
import java.util.UUID;

import org.rightsregistry.common.date.Edtf;

/** The filters of a list of appeals; each set is an OR, the sets are AND-ed. */
public record AppealFilter(Set<UUID> sentenceIds, Set<AppealStatus> statuses, Set<AppealOutcome> outcomes, Set<AppealLevel> levels,
        Edtf filedFrom, Edtf filedTo, Edtf decidedFrom, Edtf decidedTo, Set<UUID> caseIds, Set<UUID> personIds, Boolean uncited) {
}
