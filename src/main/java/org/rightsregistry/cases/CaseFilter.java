package org.rightsregistry.cases;

import java.util.Set;
import java.util.UUID;

import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.search.SearchQuery;

/** The filters of a list of cases; each set is an OR, the sets are AND-ed; law and article hold for the same charge. */
public record CaseFilter(Set<String> countries, Set<CaseKind> kinds, Set<CaseStage> stages, Set<CaseTheme> themes,
        Edtf openedFrom, Edtf openedTo, Edtf closedFrom, Edtf closedTo, Set<UUID> personIds, Set<String> laws, Set<String> articles,
        SearchQuery query, Boolean uncited) {
}
