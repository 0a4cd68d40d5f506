package org.rightsregistry.source;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.Dependent;
import org.rightsregistry.common.json.MergePatcher;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.record.WriteBatch;
import org.rightsregistry.common.transaction.ReadOnly;
import org.rightsregistry.common.web.Preconditions;
import org.rightsregistry.history.HistoryService;
import org.rightsregistry.history.RecordType;
import org.rightsregistry.search.SearchIndex;
import org.rightsregistry.security.Clearance;

/** Sources. A source stays while anything cites it. */
@ApplicationScoped
public class SourceService {

    /** Each record type that can cite, by its collection name and entity name. */
    static final List<String[]> CITING = List.of(new String[] {"persons", "Person"}, new String[] {"cases", "CourtCase"},
            new String[] {"charges", "Charge"}, new String[] {"sentences", "Sentence"}, new String[] {"appeals", "Appeal"});

    private final SourceRepository sources;
    private final MergePatcher patcher;
    private final HistoryService history;
    private final SearchIndex searchIndex;
    private final Citations citations;
    private final Clearance clearance;
    private final WriteBatch writes;

    public SourceService(SourceRepository sources, MergePatcher patcher, HistoryService history, SearchIndex searchIndex,
            Citations citations, Clearance clearance, WriteBatch writes) {
        this.writes = writes;
        this.citations = citations;
        this.sources = sources;
        this.patcher = patcher;
        this.history = history;
        this.searchIndex = searchIndex;
        this.clearance = clearance;
    }

    @Transactional
    public SourceResponse create(SourceRequest request) {
        if (writes.taken(Source.class, request.id())) {
            throw ApiException.conflict("A source with id " + request.id() + " already exists");
        }
        Source source = new Source(request.id());
        apply(source, request);
        sources.persist(source);
        writes.flush(); // inside a write batch, the insert waits for its checkpoint
        citations.sourceChanged(source.getId());
        searchIndex.update(source);
        history.created(RecordType.sources, source, SourceRequest.from(source));
        return SourceResponse.from(source);
    }

    @ReadOnly
    public SourceResponse get(UUID id) {
        return SourceResponse.from(find(id));
    }

    @ReadOnly
    public Page<SourceResponse> list(SourceFilter filter, PageRequest<Source> page) {
        return sources.list(filter, page).map(SourceResponse::from);
    }

    @Transactional
    public SourceResponse replace(UUID id, Preconditions preconditions, SourceRequest request) {
        Source source = find(id);
        preconditions.andVersion(request.version()).check(source.getVersion());
        return update(source, request);
    }

    @Transactional
    public SourceResponse patch(UUID id, Preconditions preconditions, JsonNode patch) {
        Source source = find(id);
        preconditions.check(source.getVersion());
        SourceRequest merged = patcher.apply(SourceRequest.from(source), patch, SourceRequest.class);
        preconditions.andVersion(merged.version()).check(source.getVersion());
        return update(source, merged);
    }

    @Transactional
    public void delete(UUID id, Preconditions preconditions) {
        Source source = find(id);
        preconditions.check(source.getVersion());
        List<Dependent> citing = new ArrayList<>();
        for (String[] type : CITING) {
            sources.getEntityManager()
                    .createQuery("select distinct r.id from " + type[1] + " r join r.citations c where c.sourceId = :id", UUID.class)
                    .setParameter("id", id).setMaxResults(20).getResultList()
                    .forEach(record -> citing.add(new Dependent(type[0], record)));
        }
        if (!citing.isEmpty()) {
            throw ApiException.dependents("The source cannot be deleted while records cite it", citing);
        }
        long version = source.getVersion();
        sources.delete(source);
        sources.flush();
        citations.sourceChanged(id);
        searchIndex.remove(source);
        history.deleted(RecordType.sources, id, version);
    }

    /** Every record that cites the source, with the citation, ordered by type and id. */
    @ReadOnly
    public List<CitingRecord> citations(UUID id) {
        find(id);
        Disclosure shown = citations.sourcesOf(List.of());
        List<CitingRecord> citing = new ArrayList<>();
        for (String[] type : CITING) {
            sources.getEntityManager()
                    .createQuery("select r.id, c.field, c.locator, c.quote, c.confidence from " + type[1] + " r join r.citations c "
                            + "where c.sourceId = :id and " + clearance.visible("r", type[1]) + " order by r.id", Object[].class)
                    .setParameter("id", id).getResultList().stream()
                    .filter(row -> shown.showsCitationOf((String) row[1]))
                    .forEach(row -> citing.add(new CitingRecord(type[0], (UUID) row[0], (String) row[1], (String) row[2],
                            (String) row[3], (Confidence) row[4])));
        }
        return citing;
    }

    private SourceResponse update(Source source, SourceRequest request) {
        SourceRequest before = SourceRequest.from(source);
        apply(source, request);
        if (history.differ(before, SourceRequest.from(source))) {
            source.touch();
            sources.flush();
            citations.sourceChanged(source.getId());
            searchIndex.update(source);
            history.updated(RecordType.sources, source.getId(), source.getVersion(), SourceRequest.from(source));
        }
        return SourceResponse.from(source);
    }

    private Source find(UUID id) {
        Source source = sources.findById(id);
        if (source == null || !clearance.sees(source.getVisibility())) {
            throw ApiException.notFound("source");
        }
        return source;
    }

    private void apply(Source source, SourceRequest request) {
        source.setVisibility(clearance.assignable(request.visibility()));
        source.setTitle(request.title());
        source.setType(request.type());
        source.setPublisher(request.publisher());
        source.setAuthor(request.author());
        source.setPublishedOn(request.publishedOn());
        source.setUrl(request.url());
        source.setArchiveUrl(request.archiveUrl());
        source.setLanguage(request.language());
        source.setReliability(request.reliability());
    }
}
