package org.rightsregistry.charge;

import java.util.Set;
import java.util.UUID;

/** The filters of a list of charges; each set is an OR, the sets are AND-ed. */
public record ChargeFilter(Set<UUID> caseIds, Set<UUID> personIds, Set<String> laws, Set<String> articles, Set<ChargeStatus> statuses, Boolean uncited) {
}
