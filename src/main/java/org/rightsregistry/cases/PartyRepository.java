package org.rightsregistry.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.security.Clearance;

@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<Party, UUID> {

    private final Clearance clearance;

    public PartyRepository(Clearance clearance) {
        this.clearance = clearance;
    }

    /** Parties list in the order they were added. */
    public static final List<SortField<Party>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Party::getCreatedAt));

    public Party find(UUID caseId, UUID personId) {
        return find("caseId = ?1 and personId = ?2", caseId, personId).firstResult();
    }

    public boolean isParty(UUID caseId, UUID personId) {
        return count("caseId = ?1 and personId = ?2", caseId, personId) > 0;
    }

    public Page<Party> list(UUID caseId, PageRequest<Party> page) {
        return new ListQuery<>(Party.class).where(clearance.visible("r", "Party")).where("r.caseId = ?", caseId).page(getEntityManager(), page);
    }

    /** The parties of each of the given cases that the caller may see, with their persons' names, in one query. */
    public Map<UUID, List<PartyResponse>> ofCases(Collection<UUID> caseIds) {
        Map<UUID, List<PartyResponse>> result = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        getEntityManager().createQuery("select p, person.fullName from Party p, Person person where person.id = p.personId "
                        + "and p.caseId in :ids and " + clearance.visible("person", "Person") + " order by p.createdAt, p.id", Object[].class)
                .setParameter("ids", caseIds)
                .getResultList()
                .forEach(row -> {
                    Party party = (Party) row[0];
                    result.computeIfAbsent(party.getCaseId(), id -> new java.util.ArrayList<>())
                            .add(PartyResponse.from(party, (String) row[1]));
                });
        return result;
    }

    /** The names of the given persons, in one query. */
    public Map<UUID, String> names(Collection<UUID> personIds) {
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!personIds.isEmpty()) {
            getEntityManager().createQuery("select p.id, p.fullName from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", personIds)
                    .getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }
}
