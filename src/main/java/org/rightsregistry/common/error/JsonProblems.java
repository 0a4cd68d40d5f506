package org.rightsregistry.common.error;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's failures into field errors a caller can act on, without echoing Java type names. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ApiException from(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new ApiException(ProblemType.MALFORMED_JSON, "The JSON document exceeds a size or nesting limit");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ApiException.invalid(path(u), "unknown property");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return ApiException.invalid(path(f), "must be one of " + allowed);
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof org.rightsregistry.common.json.InvalidTextException t) {
            return ApiException.invalid(path(m), t.getMessage());
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return ApiException.invalid(path(m), "must be " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m && (m.getCause() instanceof JsonParseException
                || m.getCause() instanceof java.io.CharConversionException)) {
            return new ApiException(ProblemType.MALFORMED_JSON, "The body is not valid JSON in UTF-8");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return ApiException.invalid(path(m), "has an invalid value");
        }
        if (e instanceof InputCoercionException) {
            return ApiException.invalid("body", "a number is out of range");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new ApiException(ProblemType.MALFORMED_JSON, "The body must be " + expected(m.getTargetType()));
        }
        if (e instanceof JsonParseException || e instanceof MismatchedInputException) {
            return new ApiException(ProblemType.MALFORMED_JSON, "The body is not valid JSON");
        }
        return new ApiException(ProblemType.MALFORMED_JSON, "The body is not valid JSON");
    }

    private static String path(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "a JSON object";
    }
}
