package org.rightsregistry.common.paging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
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
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty list has no parameters");
        }
        int size = Integer.highestOneBit(values.size());
        if (size < values.size()) {
            size <<= 1;
        }
        StringBuilder in = new StringBuilder("(");
        Iterator<?> each = values.iterator();
        Object value = null;
        for (int i = 0; i < size; i++) {
            if (each.hasNext()) {
                value = each.next();
            }
            String parameter = name + "_" + i;
            params.put(parameter, value);
            in.append(i == 0 ? ":" : ", :").append(parameter);
        }
        return in.append(')').toString();
    }
}
