package org.rightsregistry.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CourtCase, UUID> {

    /** The fields a list of cases can be sorted by; the first is the default. */
    public static final List<SortField<CourtCase>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, CourtCase::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, CourtCase::getUpdatedAt),
            new SortField<>("title", "title", String.class, CourtCase::getTitle),
            new SortField<>("openedOn", "openedOnFrom", LocalDate.class, CourtCase::getOpenedOnFrom));

    public Page<CourtCase> list(CaseFilter filter, PageRequest<CourtCase> page) {
        return new ListQuery<>(CourtCase.class)
                .anyOf("r.country", filter.countries())
                .anyOf("r.kind", filter.kinds())
                .anyOf("r.stage", filter.stages())
                .containsAny("themes", filter.themes())
                .uncited(filter.uncited())
                .page(getEntityManager(), page);
    }
}
