package org.rightsregistry.appeal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.error.ApiException;
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
import org.rightsregistry.sentence.Sentence;
import org.rightsregistry.sentence.SentenceRepository;
import org.rightsregistry.sentence.SentenceService;
import org.rightsregistry.sentence.SentenceStatus;
import org.rightsregistry.source.Citations;
import org.rightsregistry.source.Disclosure;

/**
 * Appeals. An appeal that changes a sentence never overwrites it: the new decision is a new sentence
 * ({@code resultingSentenceId}), and the challenged one is marked {@code MODIFIED_ON_APPEAL} or {@code OVERTURNED}.
 */
@ApplicationScoped
public class AppealService {

    private static final Set<AppealOutcome> MODIFYING = EnumSet.of(AppealOutcome.REDUCED, AppealOutcome.INCREASED,
            AppealOutcome.REQUALIFIED);
    private static final Set<AppealOutcome> OVERTURNING = EnumSet.of(AppealOutcome.OVERTURNED_ACQUITTED,
            AppealOutcome.OVERTURNED_RETRIAL);

    private final AppealRepository appeals;
    private final SentenceRepository sentences;
    private final SentenceService sentenceService;
    private final MergePatcher patcher;
    private final Citations citations;
    private final HistoryService history;
    private final SearchIndex searchIndex;
    private final Clearance clearance;
    private final WriteBatch writes;

    public AppealService(AppealRepository appeals, SentenceRepository sentences, SentenceService sentenceService, MergePatcher patcher,
            Citations citations, HistoryService history, SearchIndex searchIndex, Clearance clearance, WriteBatch writes) {
        this.writes = writes;
        this.appeals = appeals;
        this.sentences = sentences;
        this.sentenceService = sentenceService;
        this.patcher = patcher;
        this.citations = citations;
        this.history = history;
        this.searchIndex = searchIndex;
        this.clearance = clearance;
    }

    @Transactional
    public AppealResponse create(AppealRequest request) {
        if (writes.taken(Appeal.class, request.id())) {
            throw ApiException.conflict("An appeal with id " + request.id() + " already exists");
        }
        Appeal appeal = new Appeal(request.id());
        Sentence challenged = apply(appeal, request);
        appeals.persist(appeal);
        writes.flush(); // inside a write batch, the insert waits for its checkpoint
        searchIndex.update(appeal);
        history.created(RecordType.appeals, appeal, AppealRequest.from(appeal));
        return AppealResponse.from(appeal, challenged.getCaseId(), challenged.getPersonId(), citations.sourcesOf(appeal),
                visibleResults(List.of(appeal)));
    }

    @ReadOnly
    public AppealResponse get(UUID id) {
        return respond(find(id));
    }

    @ReadOnly
    public Page<AppealResponse> list(AppealFilter filter, PageRequest<Appeal> page) {
        Page<Appeal> found = appeals.list(filter, page);
        Map<UUID, UUID[]> owners = appeals.caseAndPerson(found.items().stream().map(Appeal::getSentenceId).toList());
        Disclosure sources = citations.sourcesOf(found.items());
        java.util.function.Predicate<UUID> showsSentence = visibleResults(found.items());
        return found.map(a -> AppealResponse.from(a, owners.get(a.getSentenceId())[0], owners.get(a.getSentenceId())[1], sources,
                showsSentence));
    }

    /** Which of the sentences these appeals resulted in the caller may see (one query; none for an admin). */
    private java.util.function.Predicate<UUID> visibleResults(List<Appeal> found) {
        if (clearance.seesAll()) {
            return id -> true;
        }
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        found.stream().map(Appeal::getResultingSentenceId).filter(java.util.Objects::nonNull).forEach(ids::add);
        return clearance.visibleOf("Sentence", ids)::contains;
    }

    @Transactional
    public AppealResponse replace(UUID id, Preconditions preconditions, AppealRequest request) {
        Appeal appeal = find(id);
        preconditions.andVersion(request.version()).check(appeal.getVersion());
        return update(appeal, request);
    }

    @Transactional
    public AppealResponse patch(UUID id, Preconditions preconditions, JsonNode patch) {
        Appeal appeal = find(id);
        preconditions.check(appeal.getVersion());
        AppealRequest merged = patcher.apply(AppealRequest.from(appeal), patch, AppealRequest.class);
        preconditions.andVersion(merged.version()).check(appeal.getVersion());
        return update(appeal, merged);
    }

    @Transactional
    public void delete(UUID id, Preconditions preconditions) {
        Appeal appeal = find(id);
        preconditions.check(appeal.getVersion());
        long version = appeal.getVersion();
        appeals.delete(appeal);
        appeals.flush();
        searchIndex.remove(appeal);
        history.deleted(RecordType.appeals, id, version);
    }

    private AppealResponse update(Appeal appeal, AppealRequest request) {
        AppealRequest before = AppealRequest.from(appeal);
        Sentence challenged = apply(appeal, request);
        if (history.differ(before, AppealRequest.from(appeal))) {
            appeal.touch();
            appeals.flush();
            searchIndex.update(appeal);
            history.updated(RecordType.appeals, appeal.getId(), appeal.getVersion(), AppealRequest.from(appeal));
        }
        return AppealResponse.from(appeal, challenged.getCaseId(), challenged.getPersonId(), citations.sourcesOf(appeal),
                visibleResults(List.of(appeal)));
    }

    private AppealResponse respond(Appeal appeal) {
        Sentence challenged = sentences.findById(appeal.getSentenceId());
        return AppealResponse.from(appeal, challenged.getCaseId(), challenged.getPersonId(), citations.sourcesOf(appeal),
                visibleResults(List.of(appeal)));
    }

    private Appeal find(UUID id) {
        Appeal appeal = appeals.findById(id);
        if (appeal == null || !clearance.sees("Appeal", id)) {
            throw ApiException.notFound("appeal");
        }
        return appeal;
    }

    private Sentence apply(Appeal appeal, AppealRequest request) {
        Sentence challenged = sentences.findById(request.sentenceId());
        if (challenged == null || !clearance.sees("Sentence", challenged.getId())) {
            throw ApiException.rule("sentenceId", "no sentence with this id");
        }
        Edtf filed = Edtf.parse(request.filedOn());
        Edtf decided = Edtf.parse(request.decidedOn());
        if (filed != null && decided != null && decided.lastDay().isBefore(filed.firstDay())) {
            throw ApiException.rule("decidedOn", "an appeal cannot be decided before it was filed");
        }
        if (request.status() == AppealStatus.DECIDED && request.outcome() == null) {
            throw ApiException.rule("outcome", "is required when the appeal is DECIDED");
        }
        if (request.resultingSentenceId() != null) {
            if (request.resultingSentenceId().equals(request.sentenceId())) {
                throw ApiException.rule("resultingSentenceId", "must be another sentence than the one challenged");
            }
            Sentence resulting = sentences.findById(request.resultingSentenceId());
            if (resulting == null || !clearance.sees("Sentence", resulting.getId())) {
                throw ApiException.rule("resultingSentenceId", "no sentence with this id");
            }
            if (!resulting.getCaseId().equals(challenged.getCaseId()) || !resulting.getPersonId().equals(challenged.getPersonId())) {
                throw ApiException.rule("resultingSentenceId", "must be a sentence of the same person in the same case");
            }
        }
        appeal.setCitations(citations.check(request.citations(), AppealRequest.class, appeal));
        appeal.setVisibility(clearance.assignable(request.visibility()));
        appeal.setSentenceId(request.sentenceId());
        appeal.setFiledBy(request.filedBy());
        appeal.setLevel(request.level());
        appeal.setBody(request.body());
        appeal.setFiledOn(request.filedOn());
        appeal.setDecidedOn(request.decidedOn());
        appeal.setStatus(request.status());
        appeal.setOutcome(request.outcome());
        appeal.setResultingSentenceId(request.resultingSentenceId());
        if (request.resultingSentenceId() != null && MODIFYING.contains(request.outcome())) {
            sentenceService.markByAppeal(challenged.getId(), SentenceStatus.MODIFIED_ON_APPEAL);
        } else if (OVERTURNING.contains(request.outcome())) {
            sentenceService.markByAppeal(challenged.getId(), SentenceStatus.OVERTURNED);
        }
        return challenged;
    }
}
