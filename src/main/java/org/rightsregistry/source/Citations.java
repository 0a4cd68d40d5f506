package org.rightsregistry.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rightsregistry.common.error.ApiException;

/**
 * Checks the citations a caller writes and resolves the titles and addresses of the sources that records cite,
 * for a whole page of records with one query.
 */
@ApplicationScoped
public class Citations {

    private static final Set<String> NOT_CITABLE = Set.of("id", "version", "visibility", "citations");
    private static final Map<Class<?>, Set<String>> FIELDS = new ConcurrentHashMap<>();

    private final EntityManager em;

    public Citations(EntityManager em) {
        this.em = em;
    }

    /** The fields of a record type that a citation can name: the components of its input record. */
    public static Set<String> citableFields(Class<? extends Record> input) {
        return FIELDS.computeIfAbsent(input, type -> Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .filter(name -> !NOT_CITABLE.contains(name))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Checks the citations of a request: 400 for a field the record does not have, 422 for a source that does not exist. */
    public List<Citation> check(List<CitationInput> inputs, Class<? extends Record> input) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        Set<String> fields = citableFields(input);
        for (int i = 0; i < inputs.size(); i++) {
            String field = inputs.get(i).field();
            if (field != null && !fields.contains(field)) {
                throw ApiException.invalid("citations[" + i + "].field", "is not a field of this record; it must be one of "
                        + String.join(", ", fields));
            }
        }
        Set<UUID> wanted = new HashSet<>();
        inputs.forEach(c -> wanted.add(c.sourceId()));
        Set<UUID> existing = new HashSet<>(em.createQuery("select s.id from Source s where s.id in :ids", UUID.class)
                .setParameter("ids", wanted).getResultList());
        for (int i = 0; i < inputs.size(); i++) {
            if (!existing.contains(inputs.get(i).sourceId())) {
                throw ApiException.rule("citations[" + i + "].sourceId", "no source with this id");
            }
        }
        return inputs.stream().map(CitationInput::toEntity).distinct().toList();
    }

    /** The titles and addresses of every source cited by the given records, in one query. */
    public Map<UUID, SourceSummary> sourcesOf(Collection<? extends Cited> records) {
        Set<UUID> ids = new HashSet<>();
        records.forEach(r -> r.getCitations().forEach(c -> ids.add(c.getSourceId())));
        Map<UUID, SourceSummary> summaries = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s.id, s.title, s.url from Source s where s.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> summaries.put((UUID) row[0], new SourceSummary((String) row[1], (String) row[2])));
        }
        return summaries;
    }

    public Map<UUID, SourceSummary> sourcesOf(Cited record) {
        return sourcesOf(List.of(record));
    }

    public static List<CitationView> views(Cited record, Map<UUID, SourceSummary> sources) {
        List<CitationView> views = new ArrayList<>();
        for (Citation c : record.getCitations()) {
            views.add(CitationView.of(c, sources.get(c.getSourceId())));
        }
        return views;
    }

    public static List<CitationInput> inputs(Cited record) {
        return record.getCitations().stream().map(CitationInput::from).toList();
    }
}
