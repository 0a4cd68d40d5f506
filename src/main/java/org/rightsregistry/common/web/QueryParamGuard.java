package org.rightsregistry.common.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.FieldError;
import org.rightsregistry.common.json.Texts;

/**
 * Refuses query parameters an operation does not declare (a typo must not silently widen a filter), values with
 * control characters, and requests with absurd numbers or lengths of parameters. The declared names come from
 * the operation's own {@code @QueryParam}s, so a new parameter needs no change here.
 */
public class QueryParamGuard {

    static final int MAX_PARAMETERS = 100;
    static final int MAX_VALUE_LENGTH = 1000;
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        // The raw query, not the framework's view of it: that one ignores the case of names and drops empty values,
        // so "Sort=x" or "cursor=" would pass unseen.
        Map<String, List<String>> query;
        try {
            query = RawQuery.parse(request.getUriInfo().getRequestUri().getRawQuery());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("query", e.getMessage());
        }
        if (query.isEmpty()) {
            return;
        }
        int count = query.values().stream().mapToInt(List::size).sum();
        if (count > MAX_PARAMETERS) {
            throw ApiException.invalid("query", "has more than " + MAX_PARAMETERS + " parameters");
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, QueryParamGuard::declaredNames);
        List<FieldError> errors = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            String name = entry.getKey();
            if (!declared.contains(name)) {
                errors.add(new FieldError(printable(name), declared.isEmpty() ? "this operation takes no query parameters"
                        : "unknown query parameter; this operation takes " + String.join(", ", declared)));
                continue;
            }
            for (String value : entry.getValue()) {
                if (value.isEmpty()) {
                    errors.add(new FieldError(name, "is empty; leave the parameter out instead"));
                } else if (value.length() > MAX_VALUE_LENGTH) {
                    errors.add(new FieldError(name, "is longer than " + MAX_VALUE_LENGTH + " characters"));
                } else if (Texts.problem(value) != null) {
                    errors.add(new FieldError(name, Texts.problem(value)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** A parameter name is echoed only when it is short, printable text. */
    private static String printable(String name) {
        return name.length() <= 64 && Texts.problem(name) == null ? name : "(unprintable parameter name)";
    }

    private static Set<String> declaredNames(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }
}
