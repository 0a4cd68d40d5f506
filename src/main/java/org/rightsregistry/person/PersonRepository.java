package org.rightsregistry.person;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.rightsregistry.charge.Articles;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.paging.SortField;
import org.rightsregistry.search.Ranked;
import org.rightsregistry.search.RankedPages;
import org.rightsregistry.search.Ranking;
import org.rightsregistry.security.Clearance;
import org.rightsregistry.sentence.Terms;
import org.rightsregistry.source.Citation;
import org.rightsregistry.source.Confidence;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    private final Clearance clearance;

    public PersonRepository(Clearance clearance) {
        this.clearance = clearance;
    }

    /** The fields a list of persons can be sorted by; the first is the default. */
    public static final List<SortField<Person>> SORTABLE = List.of(
            new SortField<>("createdAt", "createdAt", java.time.Instant.class, Person::getCreatedAt),
            new SortField<>("updatedAt", "updatedAt", java.time.Instant.class, Person::getUpdatedAt),
            new SortField<>("fullName", "fullName", String.class, Person::getFullName),
            new SortField<>("birthDate", "birthDateFrom", java.time.LocalDate.class, Person::getBirthDateFrom));

    public Page<Person> list(PersonFilter filter, PageRequest<Person> page) {
        if (!clearance.seesBirthDay() && "birthDateFrom".equals(page.sort().path())) {
            throw ApiException.invalid("sort", "sorting by birthDate needs a token (anonymous callers see the year of birth only)");
        }
        ListQuery<Person> query = filtered(filter);
        if (filter.query() == null) {
            return query.page(getEntityManager(), page);
        }
        List<Ranked> ranked = Ranking.persons(getEntityManager(), query, filter.query());
        if (RankedPages.byRelevance(page)) {
            RankedPages.Slice slice = RankedPages.slice(ranked, page);
            return new Page<>(byIds(slice.ids()), ranked.size(), slice.nextCursor());
        }
        if (ranked.isEmpty()) {
            return new Page<>(List.of(), 0, null);
        }
        return query.where("r.id in ?", ranked.stream().map(Ranked::id).toList()).page(getEntityManager(), page);
    }

    /** The persons that pass the filters (not {@code q}), as a query that lists, statistics and search share. */
    public ListQuery<Person> filtered(PersonFilter filter) {
        if (!clearance.seesBirthDay() && !(yearAligned(filter.birthFrom(), true) && yearAligned(filter.birthTo(), false))) {
            throw ApiException.invalid(filter.birthFrom() != null && !yearAligned(filter.birthFrom(), true) ? "birthFrom" : "birthTo",
                    "without a token, birth dates can be filtered by whole years only (anonymous callers see the year of birth)");
        }
        ListQuery<Person> query = new ListQuery<>(Person.class)
                .where(clearance.visible("r", "Person"))
                .anyOf("r.status", filter.statuses())
                .anyOf("r.gender", filter.genders())
                .containsAny("roles", filter.roles())
                .containsAny("citizenships", filter.citizenships())
                .anyOf("r.residenceCountry", filter.residenceCountries())
                .dateRange("r.birthDateFrom", filter.birthFrom(), filter.birthTo())
                .dateRange("r.deathDateFrom", filter.deathFrom(), filter.deathTo())
                .uncited(filter.uncited());
        if (!filter.caseIds().isEmpty()) {
            query.where("exists (select 1 from Party pa where pa.personId = r.id and pa.caseId in ? and " + clearance.visible("pa", "Party", "r", null) + ")",
                    filter.caseIds());
        }
        if (!filter.caseCountries().isEmpty()) {
            query.where("exists (select 1 from Party pa, CourtCase c where pa.personId = r.id and c.id = pa.caseId and c.country in ? and "
                    + clearance.visible("pa", "Party", "r", "c") + ")",
                    filter.caseCountries());
        }
        if (!filter.laws().isEmpty() || !filter.articles().isEmpty() || !filter.chargeStatuses().isEmpty()) {
            List<Object> values = new ArrayList<>();
            StringBuilder clause = new StringBuilder("exists (select 1 from Charge ch where ch.personId = r.id and "
                    + clearance.visible("ch", "Charge", "r", null));
            if (!filter.laws().isEmpty()) {
                clause.append(" and ch.law in ?");
                values.add(filter.laws());
            }
            if (!filter.articles().isEmpty()) {
                clause.append(" and ").append(Articles.clause("ch.article", filter.articles(), values));
            }
            if (!filter.chargeStatuses().isEmpty()) {
                clause.append(" and ch.status in ?");
                values.add(filter.chargeStatuses());
            }
            query.where(clause.append(")").toString(), values.toArray());
        }
        if (filter.minTermMonths() != null || filter.maxTermMonths() != null) {
            List<Object> values = new ArrayList<>();
            String terms = Terms.clause("sc", filter.minTermMonths(), filter.maxTermMonths(), values);
            query.where("exists (select 1 from Sentence s join s.components sc where s.personId = r.id and "
                    + clearance.visible("s", "Sentence", "r", null) + " and " + terms + ")",
                    values.toArray());
        }
        return query;
    }

    /** Whether a birth-date bound is absent or falls on the edge of a year (its first day for from, last for to). */
    private static boolean yearAligned(org.rightsregistry.common.date.Edtf bound, boolean from) {
        if (bound == null) {
            return true;
        }
        java.time.LocalDate day = from ? bound.firstDay() : bound.lastDay();
        return from ? day.getDayOfYear() == 1 : day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
    }

    /** The given persons, in the order of the ids. */
    public List<Person> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Person> found = InList.query(getEntityManager(), "select p from Person p where p.id in :id", "id", ids, Person.class)
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The collections of each of the persons, by id ({@link PersonCollections}), four statements whatever their number;
     * none for a person without any.
     */
    public Map<UUID, PersonCollections> collections(Collection<UUID> ids) {
        Map<UUID, Builder> built = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : rows("name, lang, script, kind", "person_name", true, ids)) {
                built(built, row).names.add(new Name((String) row[1], (String) row[2], (String) row[3],
                        row[4] == null ? null : NameKind.valueOf((String) row[4])));
            }
            for (Object[] row : rows("country", "person_citizenship", true, ids)) {
                built(built, row).citizenships.add((String) row[1]);
            }
            for (Object[] row : rows("role", "person_role", false, ids)) {
                built(built, row).roles.add(PersonRole.valueOf((String) row[1]));
            }
            for (Object[] row : rows("source_id, field, locator, quote, confidence", "person_citation", true, ids)) {
                built(built, row).citations.add(new Citation((UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                        row[5] == null ? null : Confidence.valueOf((String) row[5])));
            }
        }
        Map<UUID, PersonCollections> collections = new HashMap<>();
        for (UUID id : ids) {
            Builder b = built.get(id);
            collections.put(id, b == null ? PersonCollections.NONE
                    : new PersonCollections(List.copyOf(b.names), List.copyOf(b.citizenships), Collections.unmodifiableSet(b.roles),
                            List.copyOf(b.citations)));
        }
        return collections;
    }

    /**
     * {@code select person_id, <columns> from <table>} for the persons, each person's rows in the order of the
     * collection's {@code position} when it is {@code ordered} (a list, not a set). The columns are read as text, except
     * {@code source_id}, a uuid like {@code person_id}. The statement runs on the session's JDBC connection through
     * Hibernate's statement preparer (so that it is logged and counted as Hibernate's own), without a Hibernate query:
     * creating a native query of 512 named parameters, binding them one by one and reading its rows through Hibernate's
     * result handling were a third of the application's samples in a profile of a CSV export. The ids are padded to a
     * power of two ({@link InList#padded}) so that the driver prepares few distinct statements. Hibernate's query timeout
     * applies to its queries only; these statements run under the connection's own (PostgreSQL's
     * {@code statement_timeout}, H2's {@code QUERY_TIMEOUT}), which are as long.
     */
    private List<Object[]> rows(String columns, String table, boolean ordered, Collection<UUID> ids) {
        List<?> values = InList.padded(ids);
        String sql = "select person_id, " + columns + " from " + table + " where person_id in (" + "?, ".repeat(values.size() - 1)
                + "?)" + (ordered ? " order by person_id, position" : "");
        String[] names = columns.split(", ");
        SharedSessionContractImplementor session = getEntityManager().unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            ResultSet result = jdbc.getResultSetReturn().extract(statement, sql);
            while (result.next()) {
                Object[] row = new Object[names.length + 1];
                row[0] = result.getObject(1, UUID.class);
                for (int i = 0; i < names.length; i++) {
                    row[i + 1] = names[i].equals("source_id") ? result.getObject(i + 2, UUID.class) : result.getString(i + 2);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "could not read " + table, sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
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
