package org.rightsregistry.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rightsregistry.export.RecordStreams.Type;

/**
 * The registry as FollowTheMoney entities (NDJSON, one {@code {id, schema, properties}} per line), for tools of the
 * investigative-data world (Aleph, OpenSanctions' tooling). Persons are {@code Person}, cases {@code CourtCase},
 * parties {@code CourtCaseParty}, sources {@code Document}; FtM has no schema for charges, sentences and appeals, so
 * each is a {@code Note} on its person and its case, with the facts in its name and description. Records cite their
 * sources through {@code proof}. Dates are EDTF without qualifiers (FtM dates are ISO 8601 prefixes). Only what the
 * caller may see is exported, as in every other response.
 */
@ApplicationScoped
public class FtmService {

    private final RecordStreams records;
    private final ObjectMapper mapper;

    public FtmService(RecordStreams records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    public void write(Writer out) throws IOException {
        Set<String> sources = new HashSet<>();
        records.forEach(Type.sources, s -> {
            sources.add(s.path("id").asText());
            ObjectNode props = mapper.createObjectNode();
            put(props, "name", s.path("title"));
            put(props, "title", s.path("title"));
            put(props, "fileName", s.path("title"));
            put(props, "author", s.path("author"));
            put(props, "publisher", s.path("publisher"));
            put(props, "publishedAt", date(s.path("publishedOn")));
            put(props, "sourceUrl", s.path("url"));
            line(out, entity(s.path("id").asText(), "Document", props));
        });
        records.forEach(Type.persons, p -> {
            ObjectNode props = mapper.createObjectNode();
            put(props, "name", p.path("fullName"));
            p.path("names").forEach(n -> put(props, "alias", n.path("name")));
            put(props, "gender", gender(p.path("gender")));
            put(props, "birthDate", date(p.path("birthDate")));
            put(props, "deathDate", date(p.path("deathDate")));
            p.path("citizenships").forEach(c -> put(props, "citizenship", lower(c)));
            put(props, "country", lower(p.path("residenceCountry")));
            put(props, "position", p.path("occupation"));
            put(props, "status", p.path("status"));
            put(props, "summary", p.path("summary"));
            p.path("roles").forEach(r -> put(props, "keywords", r));
            proof(props, p, sources);
            line(out, entity(p.path("id").asText(), "Person", props));
        });
        records.forEach(Type.cases, c -> {
            ObjectNode props = mapper.createObjectNode();
            put(props, "name", c.path("title"));
            c.path("caseNumbers").forEach(n -> put(props, "caseNumber", n.path("number")));
            put(props, "country", lower(c.path("country")));
            put(props, "category", c.path("kind"));
            put(props, "status", c.path("stage"));
            c.path("themes").forEach(t -> put(props, "keywords", t));
            put(props, "fileDate", date(c.path("openedOn")));
            put(props, "closeDate", date(c.path("closedOn")));
            put(props, "summary", c.path("summary"));
            proof(props, c, sources);
            String caseId = c.path("id").asText();
            line(out, entity(caseId, "CourtCase", props));
            for (JsonNode party : c.path("parties")) {
                ObjectNode pp = mapper.createObjectNode();
                put(pp, "case", c.path("id"));
                put(pp, "party", party.path("personId"));
                put(pp, "role", party.path("role"));
                put(pp, "startDate", date(party.path("since")));
                line(out, entity(caseId + "-" + party.path("personId").asText(), "CourtCaseParty", pp));
            }
        });
        records.forEach(Type.charges, ch -> note(out, ch, sources, "Charge: " + join(" ", ch.path("law"), ch.path("article")),
                join("; ", text("status", ch.path("status")), text("filed", ch.path("filedOn")), ch.path("articleText"),
                        ch.path("description"))));
        records.forEach(Type.sentences, s -> {
            List<String> terms = new ArrayList<>();
            s.path("components").forEach(k -> terms.add(join(" ", k.path("type"),
                    k.path("termMonths").isMissingNode() || k.path("termMonths").isNull() ? null : k.path("termMonths").asText() + " months")));
            note(out, s, sources, "Sentence: " + join(", ", s.path("verdict"), s.path("decidedOn")),
                    join("; ", s.path("court"), text("status", s.path("status")), String.join(", ", terms)));
        });
        records.forEach(Type.appeals, a -> note(out, a, sources, "Appeal: " + join(", ", a.path("level"), a.path("filedOn")),
                join("; ", a.path("body"), text("status", a.path("status")), text("outcome", a.path("outcome")),
                        text("decided", a.path("decidedOn")))));
        out.flush();
    }

    private void note(Writer out, ObjectNode record, Set<String> sources, String name, String description) {
        ObjectNode props = mapper.createObjectNode();
        props.putArray("name").add(name);
        if (!description.isEmpty()) {
            props.putArray("description").add(description);
        }
        put(props, "entity", record.path("personId"));
        put(props, "entity", record.path("caseId"));
        proof(props, record, sources);
        line(out, entity(record.path("id").asText(), "Note", props));
    }

    /** The exported sources a record cites, as {@code proof}. */
    private static void proof(ObjectNode props, JsonNode record, Set<String> sources) {
        for (JsonNode citation : record.path("citations")) {
            String source = citation.path("sourceId").asText(null);
            if (source != null && sources.contains(source)) {
                ArrayNode proof = props.has("proof") ? (ArrayNode) props.get("proof") : props.putArray("proof");
                if (!proof.toString().contains(source)) {
                    proof.add(source);
                }
            }
        }
    }

    private ObjectNode entity(String id, String schema, ObjectNode properties) {
        ObjectNode entity = mapper.createObjectNode();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.set("properties", properties);
        return entity;
    }

    private static void put(ObjectNode props, String name, JsonNode value) {
        if (value != null && !value.isNull() && !value.isMissingNode() && !value.asText().isEmpty()) {
            (props.has(name) ? (ArrayNode) props.get(name) : props.putArray(name)).add(value.asText());
        }
    }

    private void put(ObjectNode props, String name, String value) {
        put(props, name, value == null ? null : mapper.getNodeFactory().textNode(value));
    }

    /** An EDTF date as an FtM date: the ISO prefix without the qualifier. */
    private static String date(JsonNode edtf) {
        if (edtf == null || !edtf.isTextual()) {
            return null;
        }
        return edtf.asText().replaceAll("[~?%]$", "");
    }

    private static String lower(JsonNode code) {
        return code == null || !code.isTextual() ? null : code.asText().toLowerCase(Locale.ROOT);
    }

    private static String gender(JsonNode gender) {
        return switch (gender.asText("")) {
            case "FEMALE" -> "female";
            case "MALE" -> "male";
            case "OTHER" -> "other";
            default -> null;
        };
    }

    private static String text(String label, JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : label + " " + value.asText();
    }

    private static String join(String separator, Object... parts) {
        List<String> texts = new ArrayList<>();
        for (Object part : parts) {
            String text = part instanceof JsonNode node ? (node.isNull() || node.isMissingNode() ? null : node.asText()) : (String) part;
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }
        return String.join(separator, texts);
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
