package org.rightsregistry.common.error;

import java.util.List;

/**
 * The root of every failure the API reports on purpose. Its {@link ProblemType} carries the HTTP status,
 * so mapping an exception to a response never needs a table that can have a hole in it.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final List<Dependent> dependents;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), List.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors, List<Dependent> dependents) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.dependents = List.copyOf(dependents);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<Dependent> dependents() {
        return dependents;
    }

    /** 400: the request itself is malformed; each offending field or parameter is named. */
    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiException(ProblemType.VALIDATION, detail, errors, List.of());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 404: no such record, or one the caller may not see. */
    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + what + " with this id");
    }

    /** 422: a well-formed request that breaks a rule of the domain. */
    public static ApiException rule(String field, String message) {
        return new ApiException(ProblemType.DOMAIN_RULE, message, List.of(new FieldError(field, message)), List.of());
    }

    /** 409: other records depend on this one. */
    public static ApiException dependents(String detail, List<Dependent> dependents) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of(), dependents);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    /** 412: the caller's If-Match (or body version) is not the current version. */
    public static ApiException stale(long current) {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The record has changed: its current version is " + current + "; fetch it again and retry");
    }
}
