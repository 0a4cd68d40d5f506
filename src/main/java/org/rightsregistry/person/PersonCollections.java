package org.rightsregistry.person;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.rightsregistry.source.Citation;
import org.rightsregistry.source.Cited;

/**
 * The collections of a person as its response shows them: names, citizenships and citations in their order, and roles.
 * A page of persons reads them with one statement per collection straight into these values
 * ({@link PersonRepository#collections}), not as the entities' lazy collections: Hibernate would keep each of them,
 * four per person, in the session, and compare and look them up there as it fills them, which took half the
 * application's time of a CSV export (whose pages of 500 persons are read as the JSON list's pages are). A single
 * record reads its entity's own collections ({@link #of(Person)}), so both build their response in one place,
 * {@link PersonResponse#from}. The values cannot be changed.
 */
public record PersonCollections(List<Name> names, List<String> citizenships, Set<PersonRole> roles, List<Citation> citations)
        implements Cited {

    /** The collections of a person without any. */
    static final PersonCollections NONE = new PersonCollections(List.of(), List.of(), Set.of(), List.of());

    @Override
    public List<Citation> getCitations() {
        return citations;
    }

    /** The entity's own collections (which it loads when they are not yet). */
    public static PersonCollections of(Person p) {
        Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        roles.addAll(p.getRoles());
        return new PersonCollections(p.getNames().stream().map(Name::from).toList(), List.copyOf(p.getCitizenships()),
                Collections.unmodifiableSet(roles), List.copyOf(p.getCitations()));
    }
}
