package org.rightsregistry.person;

import java.util.Set;

/** The filters of a list of persons; each set is an OR, the sets are AND-ed. */
public record PersonFilter(Set<PersonStatus> statuses, Set<PersonRole> roles, Set<Gender> genders, Set<String> citizenships, Boolean uncited) {
}
