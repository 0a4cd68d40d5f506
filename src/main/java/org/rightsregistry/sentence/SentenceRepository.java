package org.rightsregistry.sentence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.security.Clearance;

@ApplicationScoped
public class SentenceRepository implements PanacheRepositoryBase<Sentence, UUID> {

    private final Clearance clearance;

    public SentenceRepository(Clearance clearance) {
        this.clearance = clearance;
    }

    /** The fields a list of sentences can be sorted by; the first is the default. */
    public static final List<SortField<Sentence>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Sentence::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, Sentence::getUpdatedAt),
            new SortField<>("decidedOn", "decidedOnFrom", LocalDate.class, Sentence::getDecidedOnFrom));

    public Page<Sentence> list(SentenceFilter filter, PageRequest<Sentence> page) {
        return filtered(filter).page(getEntityManager(), page);
    }

    /** The sentences that pass the filters, as a query that lists and statistics share. */
    public ListQuery<Sentence> filtered(SentenceFilter filter) {
        ListQuery<Sentence> query = new ListQuery<>(Sentence.class)
                .where(clearance.visible("r", "Sentence"))
                .anyOf("r.caseId", filter.caseIds())
                .anyOf("r.personId", filter.personIds())
                .anyOf("r.status", filter.statuses())
                .anyOf("r.verdict", filter.verdicts())
                .dateRange("r.decidedOnFrom", filter.decidedFrom(), filter.decidedTo())
                .uncited(filter.uncited());
        if (!filter.componentTypes().isEmpty()) {
            query.where("exists (select 1 from r.components sc where sc.type in ?)",
                    filter.componentTypes());
        }
        if (filter.minTermMonths() != null || filter.maxTermMonths() != null) {
            List<Object> values = new ArrayList<>();
            String terms = Terms.clause("sc", filter.minTermMonths(), filter.maxTermMonths(), values);
            query.where("exists (select 1 from r.components sc where " + terms + ")", values.toArray());
        }
        if (!filter.countries().isEmpty()) {
            query.where("exists (select 1 from CourtCase c where c.id = r.caseId and c.country in ?)", filter.countries());
        }
        return query;
    }
}
