package org.rightsregistry.common.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CSV columns of a record type, derived from its JSON form (the response record) so that the CSV and the JSON list
 * never drift apart: one column per field, in the order of the JSON; a nested object ({@code penaltyRiskedMonths})
 * gives one column per field of it ({@code penaltyRiskedMonths.min}); a list is one cell with its items joined by
 * {@code "; "}. An item that is an object reads as its first field with the others in parentheses
 * ({@code Кайрат Клышев (ru, Cyrl, NATIVE)}); a citation reads as the id of its source, or {@code withheld}. A value
 * reads as its JSON text: a name, an id, a date or an enum constant as written in the JSON, a decimal (the only ones are
 * amounts of money) in plain notation with at least two decimals. Cells are read from the record itself through its
 * accessors (compiled once per type), not from a JSON tree of it.
 */
public final class CsvColumns {

    private static final Map<Class<?>, List<Column>> COLUMNS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    private static final Method[] NO_RECORD = new Method[0];

    /** One column: its name (a JSON pointer without the leading slash, {@code /} written as {@code .}) and the accessors to it. */
    public record Column(String name, Method[] path) {

        boolean citations() {
            return name.equals("citations");
        }
    }

    private CsvColumns() {
    }

    /** The column names of a record type. */
    public static List<String> of(Class<?> type) {
        return columns(type).stream().map(Column::name).toList();
    }

    /** The columns of a record type, in the order of its JSON form. */
    public static List<Column> columns(Class<?> type) {
        return COLUMNS.computeIfAbsent(type, t -> {
            List<Column> columns = new ArrayList<>();
            add(t, "", new Method[0], columns);
            return List.copyOf(columns);
        });
    }

    private static void add(Class<?> type, String prefix, Method[] path, List<Column> columns) {
        for (RecordComponent component : type.getRecordComponents()) {
            Method[] to = Arrays.copyOf(path, path.length + 1);
            to[path.length] = component.getAccessor();
            if (component.getType().isRecord()) {
                add(component.getType(), prefix + component.getName() + ".", to, columns);
            } else {
                columns.add(new Column(prefix + component.getName(), to));
            }
        }
    }

    /** The cell of one column of a record; {@code mapper} writes what is neither a value, a list nor a record. */
    public static String cell(Object record, Column column, ObjectMapper mapper) {
        Object value = record;
        for (Method accessor : column.path()) {
            value = read(accessor, value);
            if (value == null) {
                return "";
            }
        }
        if (value instanceof Collection<?> items) {
            List<String> cells = new ArrayList<>(items.size());
            for (Object item : items) {
                cells.add(column.citations() ? citation(item) : item(item, mapper));
            }
            return String.join("; ", cells);
        }
        return accessors(value.getClass()) != null ? item(value, mapper) : text(value, mapper);
    }

    private static Object read(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    /** A single value as its JSON text: what a JSON string holds, or the number or boolean as JSON writes it. */
    private static String text(Object value, ObjectMapper mapper) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal decimal) {
            // as a spreadsheet reads it, 1500000.00 rather than 1.5E+6, which also keeps it apart from the whole numbers
            // of an item (a term in months) when the cell is read back
            return decimal.setScale(Math.max(2, decimal.scale())).toPlainString();
        }
        if (value instanceof UUID || value instanceof TemporalAccessor || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return json(value, mapper);
    }

    private static String json(Object value, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a CSV cell of " + value.getClass().getSimpleName(), e);
        }
    }

    private static String citation(Object citation) {
        Object withheld = null;
        Object sourceId = null;
        for (Method accessor : accessors(citation.getClass())) {
            if (accessor.getName().equals("withheld")) {
                withheld = read(accessor, citation);
            } else if (accessor.getName().equals("sourceId")) {
                sourceId = read(accessor, citation);
            }
        }
        return Boolean.TRUE.equals(withheld) ? "withheld" : sourceId == null ? "" : sourceId.toString();
    }

    /** An item of a list: a value as its text; a record as its first present field, the others in parentheses. */
    private static String item(Object item, ObjectMapper mapper) {
        if (item == null) {
            return "";
        }
        Method[] accessors = accessors(item.getClass());
        if (accessors == null) {
            return text(item, mapper);
        }
        String first = null;
        List<String> rest = new ArrayList<>();
        for (Method accessor : accessors) {
            Object value = read(accessor, item);
            if (value == null) {
                continue;
            }
            String text = value instanceof Collection<?> || value instanceof Map<?, ?> || accessors(value.getClass()) != null
                    ? json(value, mapper) : text(value, mapper);
            if (first == null) {
                first = text;
            } else {
                rest.add(text);
            }
        }
        if (first == null) {
            return "";
        }
        return rest.isEmpty() ? first : first + " (" + String.join(", ", rest) + ")";
    }

    /** The accessors of a record type's components, in their order; {@code null} for a type that is no record. */
    private static Method[] accessors(Class<?> type) {
        Method[] accessors = ACCESSORS.computeIfAbsent(type, t -> t.isRecord()
                ? Arrays.stream(t.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new)
                : NO_RECORD);
        return accessors == NO_RECORD ? null : accessors;
    }
}
