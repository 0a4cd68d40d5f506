package org.rightsregistry.common.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A list of values in a query as single parameters, {@code (:id_0, :id_1, …)}, their number padded to a power of two
 * by repeating the last value. Hibernate translates a query with a list parameter ({@code in :ids}) to SQL anew at
 * every execution (such a query is never put in its plan cache); with single parameters the translation is cached
 * once per number of parameters, and the padding keeps those numbers few (1, 2, 4, …). {@link #query} writes a query's
 * {@code in :ids} so; {@link #of} gives the parameters for a query built another way.
 */
public final class InList {

    private InList() {
    }

    /**
     * The query, with its list parameter {@code :name} (written as for a list: {@code in :ids}) bound as single
     * parameters; set its other parameters as usual. {@code values} is not empty.
     */
    public static <T> TypedQuery<T> query(EntityManager em, String jpql, String name, Collection<?> values, Class<T> type) {
        String parameter = ":" + name;
        int at = jpql.indexOf(parameter);
        int end = at + parameter.length();
        if (at < 0 || end < jpql.length() && Character.isJavaIdentifierPart(jpql.charAt(end)) || jpql.indexOf(parameter, end) >= 0) {
            throw new IllegalArgumentException("the query must hold " + parameter + " once: " + jpql);
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<T> query = em.createQuery(jpql.substring(0, at) + of(name, values, params) + jpql.substring(end), type);
        params.forEach(query::setParameter);
        return query;
    }

    /** The parenthesised parameters standing for the values, which go into {@code params}; {@code values} is not empty. */
    public static String of(String name, Collection<?> values, Map<String, Object> params) {
        List<?> padded = padded(values);
        StringBuilder in = new StringBuilder("(");
        for (int i = 0; i < padded.size(); i++) {
            String parameter = name + "_" + i;
            params.put(parameter, padded.get(i));
            in.append(i == 0 ? ":" : ", :").append(parameter);
        }
        return in.append(')').toString();
    }

    /**
     * The values, their number padded to the next power of two by repeating the last, for a statement of
     * {@code in (?, ?, …)} written on the JDBC connection; {@code values} is not empty.
     */
    public static List<?> padded(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty list has no parameters");
        }
        int size = Integer.highestOneBit(values.size());
        if (size < values.size()) {
            size <<= 1;
        }
        List<Object> padded = new ArrayList<>(values);
        Object last = padded.get(padded.size() - 1);
        while (padded.size() < size) {
            padded.add(last);
        }
        return padded;
    }
}
