package org.rightsregistry.export;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rightsregistry.appeal.AppealRequest;
import org.rightsregistry.appeal.AppealResponse;
import org.rightsregistry.cases.CaseRequest;
import org.rightsregistry.cases.CaseResponse;
import org.rightsregistry.charge.ChargeRequest;
import org.rightsregistry.charge.ChargeResponse;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.FieldError;
import org.rightsregistry.common.error.ProblemType;
import org.rightsregistry.common.export.Csv;
import org.rightsregistry.common.export.CsvColumns;
import org.rightsregistry.person.PersonRequest;
import org.rightsregistry.person.PersonResponse;
import org.rightsregistry.sentence.SentenceRequest;
import org.rightsregistry.sentence.SentenceResponse;
import org.rightsregistry.source.SourceRequest;
import org.rightsregistry.source.SourceResponse;

/**
 * Reads the CSV export of one list back into import lines, the reverse of {@link CsvColumns}: the header names
 * columns of the export; each row becomes the JSON form of the type's write request, so that it goes through the same
 * {@link ImportService#run(List, boolean)} as an NDJSON line. The writable fields come from the request record's
 * components (a column that is no field of the request, such as {@code createdAt}, is ignored), so the CSV import
 * follows the contract without a list of its own. The NDJSON import stays the lossless format: a CSV cell cannot
 * carry a citation's details, nor a list item holding {@code "; "}, and an item of a list of objects is read back by
 * the types of its fields (see {@link #item}).
 */
@ApplicationScoped
public class CsvImport {

    /** The media type of the body. */
    public static final String MEDIA_TYPE = "text/csv";

    /** The types, in the order the documentation lists them. */
    public static final List<String> TYPES = List.of("persons", "cases", "charges", "sentences", "appeals", "sources");

    /** What a header may hold at most: far more than any type's columns, far less than a hostile header. */
    static final int MAX_COLUMNS = 1000;

    /** The header errors listed at most; a longer list ends with how many more there are. */
    static final int MAX_HEADER_ERRORS = 100;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,4})?");
    private static final String WITHHELD = "withheld";

    /** The types a CSV import takes (the lists that export CSV): the record a row reads like, and the one it writes. */
    private record Layout(Class<?> response, Class<? extends Record> request) {
    }

    private static final Map<String, Layout> LAYOUTS = Map.of(
            "persons", new Layout(PersonResponse.class, PersonRequest.class),
            "cases", new Layout(CaseResponse.class, CaseRequest.class),
            "charges", new Layout(ChargeResponse.class, ChargeRequest.class),
            "sentences", new Layout(SentenceResponse.class, SentenceRequest.class),
            "appeals", new Layout(AppealResponse.class, AppealRequest.class),
            "sources", new Layout(SourceResponse.class, SourceRequest.class));

    private final Validator validator;

    public CsvImport(Validator validator) {
        this.validator = validator;
    }

    /**
     * The rows of a CSV body as import lines of {@code type} (one of {@link #TYPES}). A header that names a column the
     * export does not have, or one twice, a body that is not UTF-8, and a quote that never closes fail the whole body
     * (400); a row that cannot be read is a line with errors.
     */
    public List<ImportService.Line> read(String type, InputStream body) throws IOException {
        Layout layout = LAYOUTS.get(type);
        if (layout == null) {
            throw new IllegalArgumentException("no CSV import of type " + type);
        }
        byte[] bytes = body.readAllBytes();
        int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        checkUtf8(bytes, from);
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, from, bytes.length - from), StandardCharsets.UTF_8);
        CsvRows rows = new CsvRows(new BufferedReader(reader, 1 << 16), MAX_COLUMNS);
        CsvRows.Row header = rows.next();
        if (header == null) {
            throw ApiException.invalid("line 1", "the body is empty: its first row names the columns");
        }
        List<Column> columns = columns(type, layout, header);
        List<ImportService.Line> lines = new ArrayList<>();
        int idColumn = header.cells().indexOf("id");
        CsvRows.Row row;
        while ((row = rows.next()) != null) {
            if (row.blank()) {
                continue;
            }
            UUID id = idColumn >= 0 && idColumn < row.cells().size() ? uuid(Csv.unneutralised(row.cells().get(idColumn))) : null;
            List<FieldError> errors = new ArrayList<>();
            ObjectNode record = NODES.objectNode();
            if (row.error() != null) {
                errors.add(new FieldError("row", row.error()));
            } else if (row.count() != columns.size()) {
                errors.add(new FieldError("row", "has " + row.count() + (row.count() == 1 ? " cell" : " cells") + " where the header has "
                        + columns.size()));
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    String cell = Csv.unneutralised(row.cells().get(i));
                    if (!cell.isEmpty()) {
                        columns.get(i).put(record, cell, errors);
                    }
                }
            }
            lines.add(new ImportService.Line(row.line(), type, id, record, errors));
        }
        return lines;
    }

    /** Refuses a body that is not UTF-8 (a spreadsheet's other encodings would garble every Cyrillic name), naming the line. */
    private static void checkUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw ApiException.invalid("line " + lineAt(bytes, in.position()), "is not UTF-8 text; save the file as CSV "
                        + "in UTF-8. Nothing was imported");
            }
            out.clear();
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\r' || (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))) {
                line++;
            }
        }
        return line;
    }

    // ---- the header ----

    /** The columns of the header, each with what it writes; refuses the body when a column is unknown or repeated. */
    private List<Column> columns(String type, Layout layout, CsvRows.Row header) {
        List<String> known = CsvColumns.of(layout.response());
        List<FieldError> errors = new ArrayList<>();
        int bad = 0;
        Set<String> seen = new HashSet<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i);
            String problem = !known.contains(name) ? "is not a column of the " + type + " export"
                    : !seen.add(name) ? "is in the header more than once" : null;
            if (problem != null) {
                if (bad++ < MAX_HEADER_ERRORS) {
                    errors.add(new FieldError(name.isEmpty() ? "column " + (i + 1) : name, problem));
                }
                continue;
            }
            columns.add(column(layout.request(), name));
        }
        if (header.count() > header.cells().size()) {
            bad += header.count() - header.cells().size();
            errors.add(new FieldError("header", "has " + header.count() + " cells; the " + type + " export has " + known.size()
                    + " columns"));
        } else if (bad > MAX_HEADER_ERRORS) {
            errors.add(new FieldError("header", (bad - MAX_HEADER_ERRORS) + " more columns are unknown or repeated"));
        }
        if (header.error() != null) {
            errors.add(new FieldError("header", header.error()));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The header must name columns of the " + type + " export, each once: "
                    + String.join(", ", known) + ". Nothing was imported", errors, List.of());
        }
        return columns;
    }

    /** What a column writes: a field of the request ({@code penaltyRiskedMonths.min} one of a nested record), or nothing. */
    private Column column(Class<? extends Record> request, String name) {
        int dot = name.indexOf('.');
        RecordComponent field = component(request, dot < 0 ? name : name.substring(0, dot));
        if (field == null) {
            return Column.IGNORED;
        }
        if (dot >= 0) {
            RecordComponent inner = field.getType().isRecord() ? component(field.getType(), name.substring(dot + 1)) : null;
            return inner == null ? Column.IGNORED : (record, cell, errors) -> {
                JsonNode holder = record.get(field.getName());
                ObjectNode object = holder instanceof ObjectNode o ? o : record.putObject(field.getName());
                object.set(inner.getName(), scalar(inner.getType(), cell));
            };
        }
        if (!Collection.class.isAssignableFrom(field.getType())) {
            return (record, cell, errors) -> record.set(field.getName(), scalar(field.getType(), cell));
        }
        Class<?> element = elementType(field);
        if (name.equals("citations")) {
            return (record, cell, errors) -> record.set(field.getName(), citations(name, cell, errors));
        }
        if (element.isRecord()) {
            return (record, cell, errors) -> {
                List<String> items = items(cell);
                ArrayNode array = record.putArray(field.getName());
                for (int i = 0; i < items.size(); i++) {
                    array.add(item(element, items.get(i), name + "[" + i + "]", errors));
                }
            };
        }
        return (record, cell, errors) -> {
            ArrayNode array = record.putArray(field.getName());
            items(cell).forEach(item -> array.add(scalar(element, item)));
        };
    }

    /** Writes one non-empty cell into the record, or adds why it cannot be read. */
    @FunctionalInterface
    private interface Column {
        Column IGNORED = (record, cell, errors) -> {
        };

        void put(ObjectNode record, String cell, List<FieldError> errors);
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElse(null);
    }

    private static Class<?> elementType(RecordComponent field) {
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return String.class;
    }

    // ---- cells ----

    private static List<String> items(String cell) {
        return List.of(cell.split("; ", -1));
    }

    /** A number or a boolean where the field is one and the text reads as one; otherwise text, for validation to judge. */
    private static JsonNode scalar(Class<?> type, String text) {
        if (isInteger(type) && INTEGER.matcher(text).matches()) {
            return NODES.numberNode(Long.parseLong(text));
        }
        if (isDecimal(type) && DECIMAL.matcher(text).matches()) {
            return DecimalNode.valueOf(new BigDecimal(text));
        }
        if ((type == Boolean.class || type == boolean.class) && (text.equals("true") || text.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.textNode(text);
    }

    private static boolean isInteger(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class;
    }

    private static boolean isDecimal(Class<?> type) {
        return type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class || type == float.class;
    }

    /** Citations are their sources' ids; a withheld one stands for a source the exporter could not see, which CSV cannot name. */
    private static JsonNode citations(String column, String cell, List<FieldError> errors) {
        ArrayNode array = NODES.arrayNode();
        List<String> items = items(cell);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).equals(WITHHELD)) {
                errors.add(new FieldError(column + "[" + i + "]", "is withheld (a source the export's reader could not see); "
                        + "CSV cannot carry it: leave it out, or import the record as NDJSON"));
            } else {
                array.add(NODES.objectNode().put("sourceId", items.get(i)));
            }
        }
        return array;
    }

    /**
     * One item of a list of objects, written by the export as {@code first (rest, ...)}: the first value is the item's
     * first field; each value in parentheses goes to the next field that can hold it, skipping a field whose type it
     * is not (an enum constant it is not, a number that does not parse), so that the fields the export left out
     * (null) do not shift the others. A text field is also skipped for a value it would refuse (a language code for
     * a script) when a later field takes it. Values left over after the last field, if that is text, are its own
     * (a court's name with a comma in it).
     */
    private JsonNode item(Class<?> type, String text, String field, List<FieldError> errors) {
        RecordComponent[] fields = type.getRecordComponents();
        ObjectNode item = NODES.objectNode();
        String first = text;
        List<String> rest = List.of();
        int open = text.indexOf(" (");
        if (open >= 0 && text.endsWith(")")) {
            first = text.substring(0, open);
            rest = List.of(text.substring(open + 2, text.length() - 1).split(", ", -1));
        }
        item.set(fields[0].getName(), scalar(fields[0].getType(), first));
        int next = 1;
        int last = 0;
        for (int v = 0; v < rest.size(); v++) {
            String value = rest.get(v);
            int target = target(type, fields, next, value);
            if (target < 0) {
                if (last == fields.length - 1 && fields[last].getType() == String.class) {
                    String joined = item.get(fields[last].getName()).asText() + ", " + String.join(", ", rest.subList(v, rest.size()));
                    item.put(fields[last].getName(), joined);
                    break;
                }
                errors.add(new FieldError(field, "cannot be read as " + shape(fields) + ": `" + value + "` fits no field after "
                        + fields[last].getName()));
                return item;
            }
            item.set(fields[target].getName(), scalar(fields[target].getType(), value));
            next = target + 1;
            last = target;
        }
        return item;
    }

    /** The first field from {@code from} that can hold the value, preferring a text field whose rules it meets. */
    private int target(Class<?> type, RecordComponent[] fields, int from, String value) {
        int fallback = -1;
        for (int i = from; i < fields.length; i++) {
            Class<?> fieldType = fields[i].getType();
            if (!fits(fieldType, value)) {
                continue;
            }
            if (fieldType != String.class || validator.validateValue(type, fields[i].getName(), value).isEmpty()) {
                return i;
            }
            if (fallback < 0) {
                fallback = i;
            }
        }
        return fallback;
    }

    private static boolean fits(Class<?> type, String value) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value));
        }
        if (type == Integer.class || type == int.class) {
            return INTEGER.matcher(value).matches() && Long.parseLong(value) == (int) Long.parseLong(value);
        }
        if (isInteger(type)) {
            return INTEGER.matcher(value).matches();
        }
        if (isDecimal(type)) {
            return DECIMAL.matcher(value).matches();
        }
        if (type == Boolean.class || type == boolean.class) {
            return value.equals("true") || value.equals("false");
        }
        if (type == UUID.class) {
            return uuid(value) != null;
        }
        return true;
    }

    private static String shape(RecordComponent[] fields) {
        List<String> names = Arrays.stream(fields).map(RecordComponent::getName).toList();
        return names.get(0) + " (" + String.join(", ", names.subList(1, names.size())) + ")";
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
