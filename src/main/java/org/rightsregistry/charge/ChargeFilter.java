package org.rightsregistry.charge;

import java.util.Set;
import java.util.UUID;

import org.rightsregistry.common.date.Edtf;

/** The filters of a list of charges; each set is an OR, the sets are AND-ed. */
public record ChargeFilter(Set<UUID> caseIds, Set<UUID> personIds, Set<String> laws, Set<String> articles, Set<ChargeStatus> statuses,
        Edtf filedFrom, Edtf filedTo, Set<String> countries, Boolean uncited) {
}
