package org.rightsregistry.charge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
public class ChargeRepository implements PanacheRepositoryBase<Charge, UUID> {

    private final Clearance clearance;

    public ChargeRepository(Clearance clearance) {
        this.clearance = clearance;
    }

    /** The fields a list of charges can be sorted by; the first is the default. */
    public static final List<SortField<Charge>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Charge::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, Charge::getUpdatedAt),
            new SortField<>("filedOn", "filedOnFrom", LocalDate.class, Charge::getFiledOnFrom),
            new SortField<>("article", "article", String.class, Charge::getArticle));

    public Page<Charge> list(ChargeFilter filter, PageRequest<Charge> page) {
        return filtered(filter).page(getEntityManager(), page);
    }

    /** The charges that pass the filters, as a query that lists and statistics share. */
    public ListQuery<Charge> filtered(ChargeFilter filter) {
        ListQuery<Charge> query = new ListQuery<>(Charge.class)
                .where(clearance.visible("r", "Charge"))
                .anyOf("r.caseId", filter.caseIds())
                .anyOf("r.personId", filter.personIds())
                .anyOf("r.law", filter.laws())
                .anyOf("r.status", filter.statuses())
                .dateRange("r.filedOnFrom", filter.filedFrom(), filter.filedTo())
                .uncited(filter.uncited());
        if (!filter.articles().isEmpty()) {
            List<Object> values = new ArrayList<>();
            query.where(Articles.clause("r.article", filter.articles(), values), values.toArray());
        }
        if (!filter.countries().isEmpty()) {
            query.where("exists (select 1 from CourtCase c where c.id = r.caseId and c.country in ?)", filter.countries());
        }
        return query;
    }

    public List<Charge> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return InList.query(getEntityManager(), "select c from Charge c where c.id in :id", "id", ids, Charge.class).getResultList();
    }
}
