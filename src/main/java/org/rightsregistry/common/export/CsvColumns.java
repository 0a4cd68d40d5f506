package org.rightsregistry.common.export;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CSV columns of a record type, derived from its JSON form (the response record) so that the CSV and the JSON list
 * never drift apart: one column per field, in the order of the JSON; a nested object ({@code penaltyRiskedMonths})
 * gives one column per field of it ({@code penaltyRiskedMonths.min}); a list is one cell with its items joined by
 * {@code "; "}. An item that is an object reads as its first field with the others in parentheses
 * ({@code Кайрат Клышев (ru, Cyrl, NATIVE)}); a citation reads as the id of its source, or {@code withheld}.
 */
public final class CsvColumns {

    private static final Map<Class<?>, List<String>> COLUMNS = new ConcurrentHashMap<>();

    private CsvColumns() {
    }

    /** The column names of a record type: JSON pointers without the leading slash, {@code /} written as {@code .}. */
    public static List<String> of(Class<?> type) {
        return COLUMNS.computeIfAbsent(type, t -> {
            List<String> columns = new ArrayList<>();
            add(t, "", columns);
            return List.copyOf(columns);
        });
    }

    private static void add(Class<?> type, String prefix, List<String> columns) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> value = component.getType();
            if (value.isRecord()) {
                add(value, prefix + component.getName() + ".", columns);
            } else {
                columns.add(prefix + component.getName());
            }
        }
    }

    /** The cell of one column of a record's JSON form. */
    public static String cell(JsonNode record, String column) {
        JsonNode node = record.at("/" + column.replace(".", "/"));
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                items.add(column.equals("citations") ? citation(item) : item(item));
            }
            return String.join("; ", items);
        }
        return node.isObject() ? item(node) : text(node);
    }

    /**
     * A value as a spreadsheet reads it: a decimal (the only ones are amounts of money) in plain notation with at least
     * two decimals, {@code 1500000.00} rather than the JSON tree's {@code 1.5E+6}, which also keeps it apart from the
     * whole numbers of an item (a term in months) when the cell is read back.
     */
    private static String text(JsonNode value) {
        if (value.isBigDecimal()) {
            BigDecimal decimal = value.decimalValue();
            return decimal.setScale(Math.max(2, decimal.scale())).toPlainString();
        }
        return value.asText();
    }

    private static String citation(JsonNode citation) {
        return citation.path("withheld").asBoolean(false) ? "withheld" : citation.path("sourceId").asText();
    }

    private static String item(JsonNode item) {
        if (!item.isObject()) {
            return text(item);
        }
        Iterator<JsonNode> values = item.elements();
        String first = null;
        List<String> rest = new ArrayList<>();
        while (values.hasNext()) {
            JsonNode value = values.next();
            if (value.isNull() || value.isMissingNode()) {
                continue;
            }
            String text = value.isContainerNode() ? value.toString() : text(value);
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
}
