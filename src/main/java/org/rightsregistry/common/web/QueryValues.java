package org.rightsregistry.common.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.validation.Codes;

/** Parses query parameter values, naming the parameter in the 400 when a value is bad. */
public final class QueryValues {

    private QueryValues() {
    }

    public static <T extends Enum<T>> Set<T> enums(String name, List<String> values, Class<T> type) {
        Set<T> result = new LinkedHashSet<>();
        for (String value : nonNull(values)) {
            try {
                result.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(name, "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return result;
    }

    public static Set<UUID> uuids(String name, List<String> values) {
        Set<UUID> result = new LinkedHashSet<>();
        for (String value : nonNull(values)) {
            result.add(uuid(name, value));
        }
        return result;
    }

    public static UUID uuid(String name, String value) {
        UUID id = Ids.parse(value);
        if (id == null) {
            throw ApiException.invalid(name, "must be a UUID");
        }
        return id;
    }

    public static Set<String> countries(String name, List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : nonNull(values)) {
            if (!Codes.isCountry(value)) {
                throw ApiException.invalid(name, "must be an ISO 3166-1 alpha-2 country code, such as KZ");
            }
            result.add(value);
        }
        return result;
    }

    public static Set<String> texts(String name, List<String> values, int maxLength) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : nonNull(values)) {
            if (value.isEmpty() || value.length() > maxLength) {
                throw ApiException.invalid(name, "must be 1 to " + maxLength + " characters");
            }
            result.add(value);
        }
        return result;
    }

    public static Edtf date(String name, String value) {
        if (value == null) {
            return null;
        }
        Edtf edtf = Edtf.parse(value);
        if (edtf == null) {
            throw ApiException.invalid(name, Edtf.RULE);
        }
        return edtf;
    }

    /** A whole number from {@code min} to {@code max}, or {@code null} when absent. */
    public static Integer integer(String name, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        // ASCII digits only: Integer.parseInt would also read "٣" (an Arabic-Indic three) as 3.
        if (value.matches("-?[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw ApiException.invalid(name, "must be a whole number from " + min + " to " + max);
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }
}
