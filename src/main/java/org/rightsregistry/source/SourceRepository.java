package org.rightsregistry.source;

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
import org.rightsregistry.security.Clearance;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    private final Clearance clearance;

    public SourceRepository(Clearance clearance) {
        this.clearance = clearance;
    }

    /** The fields a list of sources can be sorted by; the first is the default. */
    public static final List<SortField<Source>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, Source::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, Source::getUpdatedAt),
            new SortField<>("title", "title", String.class, Source::getTitle),
            new SortField<>("publishedOn", "publishedOnFrom", LocalDate.class, Source::getPublishedOnFrom));

    public Page<Source> list(SourceFilter filter, PageRequest<Source> page) {
        ListQuery<Source> query = new ListQuery<>(Source.class)
                .where(clearance.visible("r", "Source"))
                .anyOf("r.type", filter.types())
                .anyOf("r.reliability", filter.reliabilities())
                .anyOf("r.publisher", filter.publishers())
                .dateRange("r.publishedOnFrom", filter.publishedFrom(), filter.publishedTo());
        if (filter.q() != null) {
            query.where("lower(r.title) like ? escape '!'", "%" + ListQuery.likeEscaped(filter.q().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return query.page(getEntityManager(), page);
    }
}
