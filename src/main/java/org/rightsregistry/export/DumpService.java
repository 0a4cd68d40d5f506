package org.rightsregistry.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rightsregistry.export.RecordStreams.Type;

/**
 * The full dump: a first line describing the export, then every record the caller may see, one per line, with its
 * type, in an order where each record comes after the records it points at. A record is its JSON as the API returns
 * it, without what the registry manages ({@code version}, {@code createdAt}, {@code updatedAt}); a case's parties are
 * lines of their own. Two dumps of the same records are identical but for {@code generatedAt}.
 */
@ApplicationScoped
public class DumpService {

    /** The version of the dump's line format; grows when a change would break a reader. */
    public static final int SCHEMA_VERSION = 1;

    private final RecordStreams records;
    private final ObjectMapper mapper;

    public DumpService(RecordStreams records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    public void write(Writer out) throws IOException {
        Map<Type, Long> counts = new EnumMap<>(Type.class);
        for (Type type : Type.values()) {
            counts.put(type, records.count(type));
        }
        ObjectNode header = mapper.createObjectNode();
        ObjectNode export = header.putObject("export");
        export.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        export.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode countNode = export.putObject("counts");
        counts.forEach((type, n) -> countNode.put(type.name(), n));
        line(out, header);
        for (Type type : Type.values()) {
            records.forEach(type, record -> {
                JsonNode parties = record.remove("parties");
                record.remove("version");
                record.remove("createdAt");
                record.remove("updatedAt");
                line(out, wrap(type.name(), record));
                if (type == Type.cases && parties != null) {
                    for (JsonNode party : parties) {
                        ObjectNode p = mapper.createObjectNode();
                        p.set("caseId", record.get("id"));
                        p.set("personId", party.get("personId"));
                        p.set("role", party.get("role"));
                        p.set("since", party.get("since"));
                        line(out, wrap("parties", p));
                    }
                }
            });
            out.flush();
        }
    }

    private ObjectNode wrap(String type, JsonNode record) {
        ObjectNode line = mapper.createObjectNode();
        line.put("type", type);
        line.set("record", record);
        return line;
    }

    private void line(Writer out, JsonNode node) {
        try {
            out.write(mapper.writeValueAsString(node));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
