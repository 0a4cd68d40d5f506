package org.rightsregistry.cases;

import java.util.Set;

/** The filters of a list of cases; each set is an OR, the sets are AND-ed. */
public record CaseFilter(Set<String> countries, Set<CaseKind> kinds, Set<CaseStage> stages, Set<CaseTheme> themes, Boolean uncited) {
}
