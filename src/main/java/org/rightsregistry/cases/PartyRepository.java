package org.rightsregistry.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.common.record.WriteBatch;
import org.rightsregistry.security.Clearance;

@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<Party, UUID> {

    private final Clearance clearance;
    private final WriteBatch batch;

    public PartyRepository(Clearance clearance, WriteBatch batch) {
        this.clearance = clearance;
        this.batch = batch;
    }

    /**
     * Inside a {@link WriteBatch}: every party of some cases, learnt in one query or because the batch created the case,
     * and kept as the batch adds parties, so that the checks and the history of a case's parties need no query. Forgotten
     * at each checkpoint, and for a case whose parties change otherwise than by an addition.
     */
    private static final class Known implements WriteBatch.Part {
        final Map<UUID, List<Party>> byCase = new HashMap<>();

        @Override
        public void write() {
            byCase.clear();
        }
    }

    private Known known() {
        return batch.part(Known.class, Known::new);
    }

    /** Every party of the case as the write batch knows them, or null outside a batch or when it does not. */
    private List<Party> knownOf(UUID caseId) {
        Known known = known();
        return known == null ? null : known.byCase.get(caseId);
    }

    /** Inside a write batch: learns every party of these cases in one query. */
    public void prefetch(Collection<UUID> caseIds) {
        Known known = known();
        if (known == null) {
            return;
        }
        List<UUID> missing = caseIds.stream().distinct().filter(id -> !known.byCase.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(id -> known.byCase.put(id, new ArrayList<>()));
        InList.query(getEntityManager(), "select p from Party p where p.caseId in :id", "id", missing, Party.class).getResultList()
                .forEach(party -> known.byCase.get(party.getCaseId()).add(party));
    }

    /** Inside a write batch: the case was just created, so it has no parties yet. */
    public void created(UUID caseId) {
        Known known = known();
        if (known != null) {
            known.byCase.put(caseId, new ArrayList<>());
        }
    }

    /** The party was just persisted. */
    public void added(Party party) {
        Known known = known();
        if (known != null && known.byCase.containsKey(party.getCaseId())) {
            known.byCase.get(party.getCaseId()).add(party);
        }
    }

    /** The case's parties changed otherwise than by an addition: what the batch knew of them no longer holds. */
    public void changed(UUID caseId) {
        Known known = known();
        if (known != null) {
            known.byCase.remove(caseId);
        }
    }

    /** True when the write batch knows that the person is not a party of the case (visible or not); false when unsure. */
    public boolean knownAbsent(UUID caseId, UUID personId) {
        List<Party> of = knownOf(caseId);
        return of != null && of.stream().noneMatch(p -> p.getPersonId().equals(personId));
    }

    /** Every party of the case, visible or not, in the order they were added (the case's state in its history). */
    public List<Party> ofCase(UUID caseId) {
        List<Party> of = knownOf(caseId);
        if (of != null) {
            return of.stream().sorted(Comparator.comparing(Party::getCreatedAt).thenComparing(Party::getId)).toList();
        }
        return list("caseId", Sort.by("createdAt").and("id"), caseId);
    }

    /** Parties list in the order they were added. */
    public static final List<SortField<Party>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Party::getCreatedAt));

    public Party find(UUID caseId, UUID personId) {
        return find("caseId = ?1 and personId = ?2", caseId, personId).firstResult();
    }

    public boolean isParty(UUID caseId, UUID personId) {
        List<Party> of = knownOf(caseId);
        if (of != null) {
            return of.stream().anyMatch(p -> p.getPersonId().equals(personId));
        }
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
        InList.query(getEntityManager(), "select p, person.fullName from Party p, Person person where person.id = p.personId "
                + "and p.caseId in :id and " + clearance.visible("person", "Person") + " order by p.createdAt, p.id", "id", caseIds,
                Object[].class).getResultList()
                .forEach(row -> {
                    Party party = (Party) row[0];
                    result.computeIfAbsent(party.getCaseId(), id -> new java.util.ArrayList<>())
                            .add(PartyResponse.from(party, (String) row[1]));
                });
        return result;
    }

    /** The names of the given persons, in one query. */
    public Map<UUID, String> names(Collection<UUID> personIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!personIds.isEmpty()) {
            InList.query(getEntityManager(), "select p.id, p.fullName from Person p where p.id in :id", "id", personIds, Object[].class)
                    .getResultList().forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }
}
