package org.rightsregistry.source;

import java.util.Set;

import org.rightsregistry.common.date.Edtf;

/** The filters of a list of sources; each set is an OR, the filters are AND-ed. */
public record SourceFilter(Set<SourceType> types, Set<Reliability> reliabilities, Set<String> publishers, Edtf publishedFrom,
        Edtf publishedTo, String q) {
}
