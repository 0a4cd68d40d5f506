package org.rightsregistry.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.rightsregistry.charge.Articles;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.search.Ranked;
import org.rightsregistry.search.RankedPages;
import org.rightsregistry.search.Ranking;
import org.rightsregistry.security.Clearance;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CourtCase, UUID> {

    private final Clearance clearance;

    public CaseRepository(Clearance clearance) {
        this.clearance = clearance;
    }

    /** The fields a list of cases can be sorted by; the first is the default. */
    public static final List<SortField<CourtCase>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, CourtCase::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, CourtCase::getUpdatedAt),
            new SortField<>("title", "title", String.class, CourtCase::getTitle),
            new SortField<>("openedOn", "openedOnFrom", LocalDate.class, CourtCase::getOpenedOnFrom));

    public Page<CourtCase> list(CaseFilter filter, PageRequest<CourtCase> page) {
        ListQuery<CourtCase> query = filtered(filter);
        if (filter.query() == null) {
            return query.page(getEntityManager(), page);
        }
        List<Ranked> ranked = Ranking.cases(getEntityManager(), query, filter.query());
        if (RankedPages.byRelevance(page)) {
            RankedPages.Slice slice = RankedPages.slice(ranked, page);
            return new Page<>(byIds(slice.ids()), ranked.size(), slice.nextCursor());
        }
        if (ranked.isEmpty()) {
            return new Page<>(List.of(), 0, null);
        }
        return query.where("r.id in ?", ranked.stream().map(Ranked::id).toList()).page(getEntityManager(), page);
    }

    /** The cases that pass the filters (not {@code q}), as a query that lists, statistics and search share. */
    public ListQuery<CourtCase> filtered(CaseFilter filter) {
        ListQuery<CourtCase> query = new ListQuery<>(CourtCase.class)
                .where(clearance.visible("r", "CourtCase"))
                .anyOf("r.country", filter.countries())
                .anyOf("r.kind", filter.kinds())
                .anyOf("r.stage", filter.stages())
                .containsAny("themes", filter.themes())
                .dateRange("r.openedOnFrom", filter.openedFrom(), filter.openedTo())
                .dateRange("r.closedOnFrom", filter.closedFrom(), filter.closedTo())
                .uncited(filter.uncited());
        if (!filter.personIds().isEmpty()) {
            query.where("exists (select 1 from Party pa where pa.caseId = r.id and pa.personId in ? and " + clearance.visible("pa", "Party", null, "r") + ")",
                    filter.personIds());
        }
        if (!filter.laws().isEmpty() || !filter.articles().isEmpty()) {
            List<Object> values = new ArrayList<>();
            StringBuilder clause = new StringBuilder("exists (select 1 from Charge ch where ch.caseId = r.id and "
                    + clearance.visible("ch", "Charge", null, "r"));
            if (!filter.laws().isEmpty()) {
                clause.append(" and ch.law in ?");
                values.add(filter.laws());
            }
            if (!filter.articles().isEmpty()) {
                clause.append(" and ").append(Articles.clause("ch.article", filter.articles(), values));
            }
            query.where(clause.append(")").toString(), values.toArray());
        }
        return query;
    }

    /** The given cases, in the order of the ids. */
    public List<CourtCase> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CourtCase> found = InList.query(getEntityManager(), "select c from CourtCase c where c.id in :id", "id", ids,
                CourtCase.class).getResultStream().collect(Collectors.toMap(CourtCase::getId, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
