package org.rightsregistry.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.security.Clearance;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    private final Clearance clearance;

    public AppealRepository(Clearance clearance) {
        this.clearance = clearance;
    }

    /** The fields a list of appeals can be sorted by; the first is the default. */
    public static final List<SortField<Appeal>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Appeal::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, Appeal::getUpdatedAt),
            new SortField<>("filedOn", "filedOnFrom", LocalDate.class, Appeal::getFiledOnFrom),
            new SortField<>("decidedOn", "decidedOnFrom", LocalDate.class, Appeal::getDecidedOnFrom));

    public Page<Appeal> list(AppealFilter filter, PageRequest<Appeal> page) {
        ListQuery<Appeal> query = new ListQuery<>(Appeal.class)
                .where(clearance.visible("r", "Appeal"))
                .anyOf("r.sentenceId", filter.sentenceIds())
                .anyOf("r.status", filter.statuses())
                .anyOf("r.outcome", filter.outcomes())
                .anyOf("r.level", filter.levels())
                .dateRange("r.filedOnFrom", filter.filedFrom(), filter.filedTo())
                .dateRange("r.decidedOnFrom", filter.decidedFrom(), filter.decidedTo())
                .uncited(filter.uncited());
        if (!filter.caseIds().isEmpty()) {
            query.where("exists (select 1 from Sentence s where s.id = r.sentenceId and s.caseId in ?)", filter.caseIds());
        }
        if (!filter.personIds().isEmpty()) {
            query.where("exists (select 1 from Sentence s where s.id = r.sentenceId and s.personId in ?)", filter.personIds());
        }
        return query.page(getEntityManager(), page);
    }

    /** The case and person of each of the given sentences, in one query: {@code [caseId, personId]} by sentence id. */
    public Map<UUID, UUID[]> caseAndPerson(Collection<UUID> sentenceIds) {
        Map<UUID, UUID[]> result = new HashMap<>();
        if (!sentenceIds.isEmpty()) {
            InList.query(getEntityManager(), "select s.id, s.caseId, s.personId from Sentence s where s.id in :id", "id", sentenceIds,
                            Object[].class).getResultList()
                    .forEach(row -> result.put((UUID) row[0], new UUID[] {(UUID) row[1], (UUID) row[2]}));
        }
        return result;
    }
}
