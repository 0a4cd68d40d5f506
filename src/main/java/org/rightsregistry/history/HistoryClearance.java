package org.rightsregistry.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.security.Clearance;
import org.rightsregistry.source.Citation;
import org.rightsregistry.source.Citations;
import org.rightsregistry.source.Cited;
import org.rightsregistry.source.Disclosure;

/**
 * Applies the visibility rule to history and the change feed. A live record is visible as in its own endpoint; a
 * deleted one by its last state (its visibility, and whether its person, case or sentence is visible). A revision
 * shows what the record's own endpoint would show: no safety notes to viewers, the birth year only to anonymous
 * callers, {@code {"withheld": true}} for a citation of a hidden source, and no ids of hidden parties, charges or
 * sentences.
 */
@ApplicationScoped
public class HistoryClearance {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clearance clearance;
    private final Citations citations;

    public HistoryClearance(EntityManager em, ObjectMapper mapper, Clearance clearance, Citations citations) {
        this.em = em;
        this.mapper = mapper;
        this.clearance = clearance;
        this.citations = citations;
    }

    /** Those of the records of one type, live or deleted, that the caller may see. */
    public Set<UUID> visible(RecordType type, Collection<UUID> ids) {
        if (clearance.seesAll() || ids.isEmpty()) {
            return new HashSet<>(ids);
        }
        Set<UUID> result = new HashSet<>(clearance.visibleOf(type.entity, ids));
        Set<UUID> rest = new HashSet<>(ids);
        rest.removeAll(result);
        if (!rest.isEmpty()) {
            Set<UUID> live = new HashSet<>(InList.query(em, "select r.id from " + type.entity + " r where r.id in :id", "id", rest,
                    UUID.class).getResultList());
            rest.removeAll(live);
            rest.stream().filter(id -> deletedVisible(type, id)).forEach(result::add);
        }
        return result;
    }

    public boolean visible(RecordType type, UUID id) {
        return visible(type, List.of(id)).contains(id);
    }

    private boolean deletedVisible(RecordType type, UUID id) {
        List<String> snapshots = em.createQuery("select r.snapshot from Revision r where r.recordType = :type and r.recordId = :id "
                        + "order by r.seq desc", String.class)
                .setParameter("type", type).setParameter("id", id).setMaxResults(1).getResultList();
        if (snapshots.isEmpty() || snapshots.get(0) == null) {
            return false;
        }
        JsonNode last = read(snapshots.get(0));
        String visibility = last.path("visibility").asText(Visibility.PUBLIC.name());
        if (!clearance.sees(Visibility.valueOf(visibility))) {
            return false;
        }
        return switch (type) {
            case charges, sentences -> parentVisible(RecordType.persons, last, "personId") && parentVisible(RecordType.cases, last, "caseId");
            case appeals -> parentVisible(RecordType.sentences, last, "sentenceId");
            default -> true;
        };
    }

    private boolean parentVisible(RecordType type, JsonNode state, String field) {
        UUID id = uuid(state.path(field));
        return id != null && visible(type, id);
    }

    /** The patches of revisions of one record type, as the caller may see them, each in the order of its operations. */
    public List<List<PatchOperation>> patches(RecordType type, List<Revision> revisions) {
        List<JsonNode> patches = revisions.stream().map(r -> read(r.getPatch())).toList();
        Disclosure shown = disclosure(patches);
        Map<RecordType, Set<UUID>> visibleIds = clearance.seesAll() ? Map.of() : referencedVisible(patches);
        List<List<PatchOperation>> result = new ArrayList<>();
        for (JsonNode patch : patches) {
            List<PatchOperation> ops = new ArrayList<>();
            for (JsonNode op : patch) {
                String path = op.path("path").asText();
                String field = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
                JsonNode value = op.get("value");
                if (!clearance.seesAll()) {
                    if (Disclosure.SAFETY_NOTES.equals(field) && !shown.showsSafetyNotes()) {
                        continue;
                    }
                    if (Disclosure.BIRTH_DATE.equals(field) && value != null && value.isTextual()) {
                        value = NODES.textNode(shown.birthDate(value.asText()));
                    }
                    if ("resultingSentenceId".equals(field) && value != null
                            && !visibleIds.getOrDefault(RecordType.sentences, Set.of()).contains(uuid(value))) {
                        continue;
                    }
                    if (value != null && value.isArray() && path.equals("/" + field)) {
                        value = switch (field) {
                            case "citations" -> citations((ArrayNode) value, shown);
                            case "parties" -> keep((ArrayNode) value, "personId", visibleIds.get(RecordType.persons));
                            case "chargeIds" -> keep((ArrayNode) value, null, visibleIds.get(RecordType.charges));
                            default -> value;
                        };
                    }
                }
                ops.add(new PatchOperation(op.path("op").asText(), path, value));
            }
            result.add(ops);
        }
        return result;
    }

    /** The sources cited anywhere in the patches, resolved once for the page. */
    private Disclosure disclosure(List<JsonNode> patches) {
        List<Citation> all = new ArrayList<>();
        for (JsonNode patch : patches) {
            for (JsonNode op : patch) {
                if (op.path("path").asText().equals("/citations") && op.path("value").isArray()) {
                    op.get("value").forEach(c -> {
                        UUID source = uuid(c.path("sourceId"));
                        if (source != null) {
                            all.add(new Citation(source, null, null, null, null));
                        }
                    });
                }
            }
        }
        Cited cited = () -> all;
        return citations.sourcesOf(cited);
    }

    private Map<RecordType, Set<UUID>> referencedVisible(List<JsonNode> patches) {
        Set<UUID> persons = new HashSet<>();
        Set<UUID> charges = new HashSet<>();
        Set<UUID> sentences = new HashSet<>();
        for (JsonNode patch : patches) {
            for (JsonNode op : patch) {
                String path = op.path("path").asText();
                JsonNode value = op.path("value");
                switch (path) {
                    case "/parties" -> value.forEach(p -> add(persons, p.path("personId")));
                    case "/chargeIds" -> value.forEach(c -> add(charges, c));
                    case "/resultingSentenceId" -> add(sentences, value);
                    default -> {
                    }
                }
            }
        }
        Map<RecordType, Set<UUID>> visible = new HashMap<>();
        visible.put(RecordType.persons, clearance.visibleOf("Person", persons));
        visible.put(RecordType.charges, clearance.visibleOf("Charge", charges));
        visible.put(RecordType.sentences, clearance.visibleOf("Sentence", sentences));
        return visible;
    }

    private static void add(Set<UUID> ids, JsonNode value) {
        UUID id = uuid(value);
        if (id != null) {
            ids.add(id);
        }
    }

    private static ArrayNode citations(ArrayNode value, Disclosure shown) {
        ArrayNode result = NODES.arrayNode();
        for (JsonNode c : value) {
            if (!shown.showsCitationOf(c.path("field").isTextual() ? c.get("field").asText() : null)) {
                continue;
            }
            UUID source = uuid(c.path("sourceId"));
            result.add(source != null && shown.showsSource(source) ? c : NODES.objectNode().put("withheld", true));
        }
        return result;
    }

    /** The items of a list whose id (the item itself, or its field {@code idField}) is visible. */
    private static ArrayNode keep(ArrayNode value, String idField, Set<UUID> visible) {
        ArrayNode result = NODES.arrayNode();
        for (JsonNode item : value) {
            UUID id = uuid(idField == null ? item : item.path(idField));
            if (id != null && visible != null && visible.contains(id)) {
                result.add(item);
            }
        }
        return result;
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision is not JSON", e);
        }
    }
}
