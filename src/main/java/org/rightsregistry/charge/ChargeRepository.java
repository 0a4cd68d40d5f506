package org.rightsregistry.charge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;

@ApplicationScoped
public class ChargeRepository implements PanacheRepositoryBase<Charge, UUID> {

    /** The fields a list of charges can be sorted by; the first is the default. */
    public static final List<SortField<Charge>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Charge::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, Charge::getUpdatedAt),
            new SortField<>("filedOn", "filedOnFrom", LocalDate.class, Charge::getFiledOnFrom),
            new SortField<>("article", "article", String.class, Charge::getArticle));

    public Page<Charge> list(ChargeFilter filter, PageRequest<Charge> page) {
        return new ListQuery<>(Charge.class)
                .anyOf("r.caseId", filter.caseIds())
                .anyOf("r.personId", filter.personIds())
                .anyOf("r.law", filter.laws())
                .anyOf("r.article", filter.articles())
                .anyOf("r.status", filter.statuses())
                .uncited(filter.uncited())
                .page(getEntityManager(), page);
    }

    public List<Charge> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
