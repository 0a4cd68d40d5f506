package org.rightsregistry.common.paging;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;
import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.record.RegistryRecord;

/**
 * A filtered, keyset-paged query over one record type. Filters are AND-ed; each takes its values as an OR.
 * The alias of the record in every clause is {@code r}. Pages are keyset-based, so page 10 000 costs what
 * page 1 costs (each reads along an index, {@link #page}) and records inserted meanwhile are neither repeated nor skipped.
 */
public final class ListQuery<E extends RegistryRecord> {

    private static final Map<String, Boolean> NULLABLE = new ConcurrentHashMap<>();

    private final Class<E> type;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public ListQuery(Class<E> type) {
        this.type = type;
    }

    /**
     * The parameter standing for a value, for a projection of {@link #select} that needs one (a filter's values go
     * through {@link #where}); a list of values stands for their parenthesised list ({@link InList}).
     */
    public String param(Object value) {
        String name = "p" + params.size();
        if (value instanceof Collection<?> values && !values.isEmpty()) {
            return InList.of(name, values, params);
        }
        params.put(name, value);
        return ":" + name;
    }

    /** {@code path} is one of the values (no filter when there are none). */
    public ListQuery<E> anyOf(String path, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            where.add(path + " in " + param(values));
        }
        return this;
    }

    /** The collection holds one of the values; read from its own table alone, so a count stays on V26's (value, owner) index. */
    public ListQuery<E> containsAny(String collection, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            where.add("exists (select 1 from r." + collection + " v where v in " + param(values) + ")");
        }
        return this;
    }

    /** The first day of the date at {@code path} lies within [first day of from, last day of to]. */
    public ListQuery<E> dateRange(String path, Edtf from, Edtf to) {
        if (from != null) {
            where.add(path + " >= " + param(from.firstDay()));
        }
        if (to != null) {
            where.add(path + " <= " + param(to.lastDay()));
        }
        return this;
    }

    /** {@code true}: only records without any citation; {@code false}: only records with one; {@code null}: all. */
    public ListQuery<E> uncited(Boolean uncited) {
        if (uncited != null) {
            where.add(uncited ? "r.citations is empty" : "r.citations is not empty");
        }
        return this;
    }

    /** A clause of its own, with {@code ?} standing for each of the values, in order. */
    public ListQuery<E> where(String clause, Object... values) {
        String result = clause;
        for (Object value : values) {
            result = result.replaceFirst("\\?", param(value));
        }
        where.add(result);
        return this;
    }

    /** A copy with the same filters, to add clauses to without changing this one. */
    public ListQuery<E> copy() {
        ListQuery<E> copy = new ListQuery<>(type);
        copy.where.addAll(where);
        copy.params.putAll(params);
        return copy;
    }

    /**
     * {@code select <projection> from <record> r <joins> where <filters> <tail>}: for searches and statistics that
     * need more than one page of records, under exactly the filters of the list (and whatever later hides records).
     */
    public <T> List<T> select(EntityManager em, String projection, String joins, String tail, Class<T> resultType) {
        return query(em, projection, joins, tail, resultType).getResultList();
    }

    /** {@link #select}, only the first {@code max} rows in the order that {@code tail} gives. */
    public <T> List<T> selectFirst(EntityManager em, String projection, String joins, String tail, Class<T> resultType, int max) {
        return query(em, projection, joins, tail, resultType).setMaxResults(max).getResultList();
    }

    private <T> TypedQuery<T> query(EntityManager em, String projection, String joins, String tail, Class<T> resultType) {
        TypedQuery<T> query = em.createQuery("select " + projection + " from " + entityName() + " r " + joins
                + whereClause(where) + " " + tail, resultType);
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * {@link #select}, read once per state of the registry and kept ({@link Counts}) like a count: for statistics, whose
     * rows sum up many records. The list returned is shared with other requests and cannot be changed.
     */
    public <T> List<T> selectKept(EntityManager em, String projection, String joins, String tail, Class<T> resultType) {
        String jpql = "select " + projection + " from " + entityName() + " r " + joins + whereClause(where) + " " + tail;
        return Counts.kept(em, jpql, params, () -> Collections.unmodifiableList(select(em, projection, joins, tail, resultType)));
    }

    /**
     * What {@code read} computes from the records of this query in several statements (a statistic), kept as one value
     * per state of the registry like a count ({@link Counts}), under this query, its parameters and {@code name} (which
     * must name everything else the value depends on): callers asking for the same at once wait for one computation
     * before any of them reads the database, rather than for each of its statements in turn. The value is shared with
     * other requests and must not be changed.
     */
    public <T> T kept(EntityManager em, String name, Supplier<T> read) {
        return Counts.kept(em, name + " of select r from " + entityName() + " r" + whereClause(where), params, read);
    }

    /** How many records match, counted once per state of the registry ({@link Counts}). */
    public long count(EntityManager em) {
        String jpql = "select count(r) from " + entityName() + " r" + whereClause(where);
        return Counts.kept(em, jpql, params, () -> {
            TypedQuery<Long> query = em.createQuery(jpql, Long.class);
            params.forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    /**
     * One page, in the order of the sort field and then the id. Each statement reads along an index on (field, id) from
     * where the cursor points: the cursor's condition is a row comparison, {@code (field, id) > (value, id)}, which the
     * database seeks to in that index, rather than an {@code or} of conditions, which it can only test row by row from
     * the list's first record (page 2 000 of a million records read them all). When the field's column is nullable, the
     * records without a value come last in either direction, read by a second statement ordered by id when the first
     * leaves the page short.
     */
    public Page<E> page(EntityManager em, PageRequest<E> page) {
        // the total first: callers waiting for another's count of the same list then hold no connection (Counts)
        long total = page.counted() ? count(em) : -1;
        SortField<E> sort = page.sort();
        Cursor cursor = page.cursor();
        Object after = cursor == null ? null : sort.parse(cursor.value());
        int wanted = page.limit() + 1;
        boolean nullable = nullable(sort.path());
        List<E> rows = new ArrayList<>();
        if (cursor == null || after != null) {
            rows.addAll(valued(em, page, after, wanted, nullable));
        }
        if (nullable && rows.size() < wanted) {
            rows.addAll(withoutValue(em, page, after == null ? cursor : null, wanted - rows.size()));
        }
        String next = null;
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            E last = rows.get(rows.size() - 1);
            Object value = sort.value().apply(last);
            next = new Cursor(page.sortKey(), value == null ? null : value.toString(), last.getId()).encode();
        }
        return new Page<>(List.copyOf(rows), total, next);
    }

    /** The records with a value in the sort field, after the cursor's {@code (value, id)} when there is one. */
    private List<E> valued(EntityManager em, PageRequest<E> page, Object after, int wanted, boolean nullable) {
        String path = "r." + page.sort().path();
        List<String> clauses = new ArrayList<>(where);
        Map<String, Object> all = new HashMap<>(params);
        if (nullable) {
            clauses.add(path + " is not null");
        }
        if (after != null) {
            clauses.add("(" + path + ", r.id) " + (page.descending() ? "<" : ">") + " (:cursorValue, :cursorId)");
            all.put("cursorValue", after);
            all.put("cursorId", page.cursor().id());
        }
        String dir = page.descending() ? " desc" : "";
        return rows(em, whereClause(clauses) + " order by " + path + dir + ", r.id" + dir, all, wanted);
    }

    /** The records without a value in the sort field, by id, after the cursor's id when it points among them. */
    private List<E> withoutValue(EntityManager em, PageRequest<E> page, Cursor cursor, int wanted) {
        List<String> clauses = new ArrayList<>(where);
        Map<String, Object> all = new HashMap<>(params);
        clauses.add("r." + page.sort().path() + " is null");
        if (cursor != null) {
            clauses.add("r.id " + (page.descending() ? "<" : ">") + " :cursorId");
            all.put("cursorId", cursor.id());
        }
        return rows(em, whereClause(clauses) + " order by r.id" + (page.descending() ? " desc" : ""), all, wanted);
    }

    private List<E> rows(EntityManager em, String tail, Map<String, Object> values, int wanted) {
        // read-only: a page is only read, so Hibernate keeps no snapshots of it and has nothing to check at commit
        TypedQuery<E> query = em.createQuery("select r from " + entityName() + " r" + tail, type).setMaxResults(wanted)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        values.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Whether the record's field at {@code path} may hold no value: its column is not declared {@code nullable = false}. */
    private boolean nullable(String path) {
        return NULLABLE.computeIfAbsent(type.getName() + "." + path, key -> {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getName().equals(path)) {
                        Column column = field.getAnnotation(Column.class);
                        return column == null || column.nullable();
                    }
                }
            }
            throw new IllegalStateException(type.getSimpleName() + " has no field " + path);
        });
    }

    private String entityName() {
        return type.getAnnotation(jakarta.persistence.Entity.class).name();
    }

    private static String whereClause(List<String> clauses) {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** Escapes the wildcards of a LIKE pattern, with {@code !} as the escape character. */
    public static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
