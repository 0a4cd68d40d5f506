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
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.record.WriteBatch;
import org.rightsregistry.security.Clearance;

/**
 * Checks the citations a caller writes and resolves the titles and addresses of the sources that records cite,
 * for a whole page of records with one query.
 */
@ApplicationScoped
public class Citations {

    private static final Set<String> NOT_CITABLE = Set.of("id", "version", "visibility", "citations");
    private static final Map<Class<?>, Set<String>> FIELDS = new ConcurrentHashMap<>();

    private final EntityManager em;
    private final Clearance clearance;
    private final WriteBatch batch;

    public Citations(EntityManager em, Clearance clearance, WriteBatch batch) {
        this.em = em;
        this.clearance = clearance;
        this.batch = batch;
    }

    /**
     * Inside a {@link WriteBatch}: the titles and addresses of the visible sources read since the last checkpoint, so
     * that the many records of an import that cite the same source do not each read it. A source written in the batch is
     * forgotten ({@link #sourceChanged}).
     */
    private static final class Read implements WriteBatch.Part {
        final Map<UUID, SourceSummary> summaries = new HashMap<>();

        @Override
        public void write() {
            summaries.clear();
        }
    }

    /** The source was written: inside a write batch, what was read of it before no longer holds. */
    public void sourceChanged(UUID id) {
        Read read = batch.part(Read.class, Read::new);
        if (read != null) {
            read.summaries.remove(id);
        }
    }

    /** The fields of a record type that a citation can name: the components of its input record. */
    public static Set<String> citableFields(Class<? extends Record> input) {
        return FIELDS.computeIfAbsent(input, type -> Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .filter(name -> !NOT_CITABLE.contains(name))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * Checks the citations of a request: 400 for a field the record does not have, 422 for a source that does not
     * exist or that the caller may not see. The record's citations of sources the caller may not see are kept as they
     * are (the caller saw them as {@code {"withheld": true}}, and items sent back like that are skipped), so a caller
     * never removes what it cannot see.
     */
    public List<Citation> check(List<CitationInput> inputs, Class<? extends Record> input, Cited current) {
        List<Citation> kept = new ArrayList<>();
        Set<UUID> hiddenSources = new HashSet<>();
        if (current != null && !clearance.seesAll()) {
            Set<UUID> cited = new HashSet<>();
            current.getCitations().forEach(c -> cited.add(c.getSourceId()));
            Set<UUID> visible = clearance.visibleOf("Source", cited);
            current.getCitations().stream().filter(c -> !visible.contains(c.getSourceId())).forEach(c -> {
                kept.add(c);
                hiddenSources.add(c.getSourceId());
            });
        }
        // what the caller sends of them (withheld items, or the merged state of a PATCH) stands for the kept citations
        List<CitationInput> given = inputs == null ? List.of() : inputs;
        Set<String> fields = citableFields(input);
        Set<UUID> wanted = new HashSet<>();
        List<Integer> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CitationInput c = given.get(i);
            if (Boolean.TRUE.equals(c.withheld()) || hiddenSources.contains(c.sourceId())) {
                continue;
            }
            if (c.sourceId() == null) {
                throw ApiException.invalid("citations[" + i + "].sourceId", "must not be null");
            }
            if (c.field() != null && !fields.contains(c.field())) {
                throw ApiException.invalid("citations[" + i + "].field", "is not a field of this record; it must be one of "
                        + String.join(", ", fields));
            }
            wanted.add(c.sourceId());
            checked.add(i);
        }
        Set<UUID> existing = clearance.visibleOf("Source", wanted);
        List<Citation> result = new ArrayList<>();
        for (int i : checked) {
            if (!existing.contains(given.get(i).sourceId())) {
                throw ApiException.rule("citations[" + i + "].sourceId", "no source with this id");
            }
            result.add(given.get(i).toEntity());
        }
        result.addAll(kept);
        return result.stream().distinct().toList();
    }

    /** What responses about these records may show the caller: the cited sources it may see, in one query. */
    public Disclosure sourcesOf(Collection<? extends Cited> records) {
        Set<UUID> ids = new HashSet<>();
        records.forEach(r -> r.getCitations().forEach(c -> ids.add(c.getSourceId())));
        Map<UUID, SourceSummary> summaries = new HashMap<>();
        Read read = batch.part(Read.class, Read::new);
        if (read != null) {
            ids.removeIf(id -> {
                SourceSummary known = read.summaries.get(id);
                if (known != null) {
                    summaries.put(id, known);
                }
                return known != null;
            });
        }
        if (!ids.isEmpty()) {
            InList.query(em, "select r.id, r.title, r.url from Source r where r.id in :id and " + clearance.visible("r", "Source"), "id",
                    ids, Object[].class).getResultList()
                    .forEach(row -> summaries.put((UUID) row[0], new SourceSummary((String) row[1], (String) row[2])));
            if (read != null) {
                read.summaries.putAll(summaries);
            }
        }
        return new Disclosure(summaries, clearance.seesSafetyNotes(), clearance.seesBirthDay());
    }

    public Disclosure sourcesOf(Cited record) {
        return sourcesOf(List.of(record));
    }

    public static List<CitationInput> inputs(Cited record) {
        return record.getCitations().stream().map(CitationInput::from).toList();
    }
}
