package org.rightsregistry.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.source.Citation;
import org.rightsregistry.source.Cited;
import org.rightsregistry.source.Confidence;

/**
 * The collections of a person as its response shows them: names, citizenships and citations in their order, and roles.
 * A page of persons reads them with one statement per collection straight into these values
 * ({@link #of(EntityManager, Collection)}), not as the entities' lazy collections: Hibernate would keep each of them,
 * four per person, in the session, and compare and look them up there as it fills them, which took half the
 * application's time of a CSV export (whose pages of 500 persons are read as the JSON list's pages are). A single
 * record reads its entity's own collections ({@link #of(Person)}), so both build their response in one place,
 * {@link PersonResponse#from}. The values cannot be changed.
 */
public record PersonCollections(List<Name> names, List<String> citizenships, Set<PersonRole> roles, List<Citation> citations)
        implements Cited {

    private static final PersonCollections NONE = new PersonCollections(List.of(), List.of(), Set.of(), List.of());

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

    /** The collections of each of the persons, by id, four statements whatever their number; none for a person without any. */
    public static Map<UUID, PersonCollections> of(EntityManager em, Collection<UUID> ids) {
        Map<UUID, Builder> built = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : rows(em, "name, lang, script, kind", "person_name", true, ids)) {
                built(built, row).names.add(new Name((String) row[1], (String) row[2], (String) row[3],
                        row[4] == null ? null : NameKind.valueOf((String) row[4])));
            }
            for (Object[] row : rows(em, "country", "person_citizenship", true, ids)) {
                built(built, row).citizenships.add((String) row[1]);
            }
            for (Object[] row : rows(em, "role", "person_role", false, ids)) {
                built(built, row).roles.add(PersonRole.valueOf((String) row[1]));
            }
            for (Object[] row : rows(em, "source_id, field, locator, quote, confidence", "person_citation", true, ids)) {
                built(built, row).citations.add(new Citation((UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                        row[5] == null ? null : Confidence.valueOf((String) row[5])));
            }
        }
        Map<UUID, PersonCollections> collections = new HashMap<>();
        for (UUID id : ids) {
            Builder b = built.get(id);
            collections.put(id, b == null ? NONE
                    : new PersonCollections(List.copyOf(b.names), List.copyOf(b.citizenships), Collections.unmodifiableSet(b.roles),
                            List.copyOf(b.citations)));
        }
        return collections;
    }

    /**
     * {@code select person_id, <columns> from <table>} for the persons, each person's rows in the order of the
     * collection's {@code position} when it is {@code ordered} (a list, not a set). The columns are read as text, except
     * {@code source_id}, a uuid like {@code person_id}.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String columns, String table, boolean ordered, Collection<UUID> ids) {
        Map<String, Object> params = new HashMap<>();
        NativeQuery<Object[]> query = em.createNativeQuery("select person_id, " + columns + " from " + table + " where person_id in "
                + InList.of("id", ids, params) + (ordered ? " order by person_id, position" : ""), Object[].class)
                .unwrap(NativeQuery.class);
        query.addScalar("person_id", UUID.class);
        for (String column : columns.split(", ")) {
            query.addScalar(column, column.equals("source_id") ? UUID.class : String.class);
        }
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Builder built(Map<UUID, Builder> built, Object[] row) {
        return built.computeIfAbsent((UUID) row[0], id -> new Builder());
    }

    private static final class Builder {
        final List<Name> names = new ArrayList<>();
        final List<String> citizenships = new ArrayList<>();
        final Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        final List<Citation> citations = new ArrayList<>();
    }
}
