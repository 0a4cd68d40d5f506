package org.rightsregistry.person;

import java.util.Set;
import java.util.UUID;

import org.rightsregistry.charge.ChargeStatus;
import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.search.SearchQuery;

/**
 * The filters of a list of persons; each set is an OR, the sets are AND-ed. The charge filters (law, article,
 * charge status) must all hold for one and the same charge; the case filters for one and the same case.
 */
public record PersonFilter(Set<PersonStatus> statuses, Set<PersonRole> roles, Set<Gender> genders, Set<String> citizenships,
        Set<String> residenceCountries, Edtf birthFrom, Edtf birthTo, Edtf deathFrom, Edtf deathTo,
        Set<UUID> caseIds, Set<String> caseCountries, Set<String> laws, Set<String> articles, Set<ChargeStatus> chargeStatuses,
        Integer minTermMonths, Integer maxTermMonths, SearchQuery query, Boolean uncited) {
}
