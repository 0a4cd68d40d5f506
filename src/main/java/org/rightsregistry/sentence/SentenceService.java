package org.rightsregistry.sentence;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.rightsregistry.cases.PartyRepository;
import org.rightsregistry.charge.Charge;
import org.rightsregistry.charge.ChargeRepository;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.json.MergePatcher;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.record.References;
import org.rightsregistry.common.record.WriteBatch;
import org.rightsregistry.common.transaction.ReadOnly;
import org.rightsregistry.common.web.Preconditions;
import org.rightsregistry.history.HistoryService;
import org.rightsregistry.history.RecordType;
import org.rightsregistry.search.SearchIndex;
import org.rightsregistry.security.Clearance;
import org.rightsregistry.source.Citations;
import org.rightsregistry.source.Disclosure;

@ApplicationScoped
public class SentenceService {

    static final List<References.Link> DEPENDENTS = List.of(
            new References.Link("appeals", "Appeal", "r.sentenceId"),
            new References.Link("appeals", "Appeal", "r.resultingSentenceId"));

    private static final Set<ComponentType> CUSTODIAL = EnumSet.of(ComponentType.IMPRISONMENT, ComponentType.LIFE_IMPRISONMENT);
    private static final Set<Verdict> CONVICTIONS = EnumSet.of(Verdict.GUILTY, Verdict.PARTIALLY_GUILTY);

    private final SentenceRepository sentences;
    private final ChargeRepository charges;
    private final PartyRepository parties;
    private final References references;
    private final MergePatcher patcher;
    private final Citations citations;
    private final HistoryService history;
    private final SearchIndex searchIndex;
    private final Clearance clearance;
    private final WriteBatch writes;

    public SentenceService(SentenceRepository sentences, ChargeRepository charges, PartyRepository parties, References references,
            MergePatcher patcher, Citations citations, HistoryService history, SearchIndex searchIndex, Clearance clearance, WriteBatch writes) {
        this.writes = writes;
        this.citations = citations;
        this.history = history;
        this.searchIndex = searchIndex;
        this.sentences = sentences;
        this.charges = charges;
        this.parties = parties;
        this.references = references;
        this.patcher = patcher;
        this.clearance = clearance;
    }

    @Transactional
    public SentenceResponse create(SentenceRequest request) {
        Sentence sentence = insert(request);
        return respond(sentence);
    }

    /** {@link #create}, without the answer: for writes whose answer nobody reads (an import's lines). */
    @Transactional
    public Sentence insert(SentenceRequest request) {
        if (writes.taken(Sentence.class, request.id())) {
            throw ApiException.conflict("A sentence with id " + request.id() + " already exists");
        }
        Sentence sentence = new Sentence(request.id());
        apply(sentence, request);
        sentences.persist(sentence);
        writes.flush(); // inside a write batch, the insert waits for its checkpoint
        searchIndex.update(sentence);
        history.created(RecordType.sentences, sentence, SentenceRequest.from(sentence));
        return sentence;
    }

    @ReadOnly
    public SentenceResponse get(UUID id) {
        return respond(find(id));
    }

    @ReadOnly
    public Page<SentenceResponse> list(SentenceFilter filter, PageRequest<Sentence> page) {
        Page<Sentence> found = sentences.list(filter, page);
        Disclosure sources = citations.sourcesOf(found.items());
        java.util.function.Predicate<UUID> showsCharge = visibleCharges(found.items());
        return found.map(s -> SentenceResponse.from(s, sources, showsCharge));
    }

    @Transactional
    public SentenceResponse replace(UUID id, Preconditions preconditions, SentenceRequest request) {
        Sentence sentence = find(id);
        preconditions.andVersion(request.version()).check(sentence.getVersion());
        return update(sentence, request);
    }

    @Transactional
    public SentenceResponse patch(UUID id, Preconditions preconditions, JsonNode patch) {
        Sentence sentence = find(id);
        preconditions.check(sentence.getVersion());
        SentenceRequest merged = patcher.apply(SentenceRequest.from(sentence), patch, SentenceRequest.class);
        preconditions.andVersion(merged.version()).check(sentence.getVersion());
        return update(sentence, merged);
    }

    @Transactional
    public void delete(UUID id, Preconditions preconditions) {
        Sentence sentence = find(id);
        preconditions.check(sentence.getVersion());
        references.refuseDeleteWhileReferenced("sentence", id, DEPENDENTS);
        long version = sentence.getVersion();
        sentences.delete(sentence);
        sentences.flush();
        searchIndex.remove(sentence);
        history.deleted(RecordType.sentences, id, version);
    }

    /** Marks a sentence as changed by an appeal; returns whether its status changed. */
    public boolean markByAppeal(UUID id, SentenceStatus status) {
        Sentence sentence = find(id);
        if (sentence.getStatus() == status) {
            return false;
        }
        sentence.setStatus(status);
        sentence.touch();
        sentences.flush();
        history.updated(RecordType.sentences, sentence.getId(), sentence.getVersion(), SentenceRequest.from(sentence));
        return true;
    }

    private SentenceResponse update(Sentence sentence, SentenceRequest request) {
        SentenceRequest before = SentenceRequest.from(sentence);
        boolean moved = !sentence.getCaseId().equals(request.caseId()) || !sentence.getPersonId().equals(request.personId());
        if (moved && !references.to(sentence.getId(), DEPENDENTS).isEmpty()) {
            throw ApiException.rule("caseId", "a sentence with appeals cannot move to another case or person");
        }
        apply(sentence, request);
        if (history.differ(before, SentenceRequest.from(sentence))) {
            sentence.touch();
            sentences.flush();
            searchIndex.update(sentence);
            history.updated(RecordType.sentences, sentence.getId(), sentence.getVersion(), SentenceRequest.from(sentence));
        }
        return respond(sentence);
    }

    private SentenceResponse respond(Sentence sentence) {
        return SentenceResponse.from(sentence, citations.sourcesOf(sentence), visibleCharges(List.of(sentence)));
    }

    /** Which of the charges these sentences decide the caller may see (one query; none for an admin). */
    private java.util.function.Predicate<UUID> visibleCharges(List<Sentence> decisions) {
        if (clearance.seesAll()) {
            return id -> true;
        }
        Set<UUID> ids = new java.util.HashSet<>();
        decisions.forEach(s -> ids.addAll(s.getChargeIds()));
        return clearance.visibleOf("Charge", ids)::contains;
    }

    Sentence find(UUID id) {
        Sentence sentence = sentences.findById(id);
        if (sentence == null || !clearance.sees("Sentence", id)) {
            throw ApiException.notFound("sentence");
        }
        return sentence;
    }

    private void apply(Sentence sentence, SentenceRequest request) {
        List<Component> components = request.components() == null ? List.of() : request.components();
        checkComponents(components);
        if (!clearance.sees("CourtCase", request.caseId())) {
            throw ApiException.rule("caseId", "no case with this id");
        }
        if (!clearance.sees("Person", request.personId())) {
            throw ApiException.rule("personId", "no person with this id");
        }
        if (!parties.isParty(request.caseId(), request.personId())) {
            throw ApiException.rule("personId", "the person is not a party of the case; add them to its parties first");
        }
        // Charges the caller may not see stay decided by the sentence (nobody removes what they cannot see), and
        // their ids in the request (the merged state of a PATCH) stand for them.
        Set<UUID> hidden = new LinkedHashSet<>(sentence.getChargeIds());
        hidden.removeAll(clearance.visibleOf("Charge", hidden));
        List<UUID> chargeIds = request.chargeIds() == null ? List.of()
                : request.chargeIds().stream().distinct().filter(id -> !hidden.contains(id)).toList();
        List<Charge> decided = charges.byIds(chargeIds);
        if (decided.size() != chargeIds.size() || clearance.visibleOf("Charge", chargeIds).size() != chargeIds.size()) {
            throw ApiException.rule("chargeIds", "no charge with one of these ids");
        }
        if (!hidden.isEmpty()) {
            Set<UUID> all = new LinkedHashSet<>(chargeIds);
            all.addAll(hidden);
            chargeIds = List.copyOf(all);
        }
        for (Charge charge : decided) {
            if (!charge.getCaseId().equals(request.caseId()) || !charge.getPersonId().equals(request.personId())) {
                throw ApiException.rule("chargeIds", "every charge must be a charge of this person in this case");
            }
        }
        if (CONVICTIONS.contains(request.verdict()) && components.isEmpty()) {
            throw ApiException.rule("components", "a guilty verdict needs at least one penalty");
        }
        sentence.setCitations(citations.check(request.citations(), SentenceRequest.class, sentence));
        sentence.setVisibility(clearance.assignable(request.visibility()));
        sentence.setCaseId(request.caseId());
        sentence.setPersonId(request.personId());
        sentence.setChargeIds(chargeIds);
        sentence.setCourt(request.court());
        sentence.setInstance(request.instance());
        sentence.setDecidedOn(request.decidedOn());
        sentence.setVerdict(request.verdict());
        sentence.setComponents(components.stream().map(Component::toEntity).toList());
        sentence.setStatus(request.status());
        sentence.setStartsOn(request.startsOn());
    }

    private static void checkComponents(List<Component> components) {
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            String at = "components[" + i + "].";
            if (c.regime() != null && !CUSTODIAL.contains(c.type())) {
                throw ApiException.invalid(at + "regime", "is only given for IMPRISONMENT or LIFE_IMPRISONMENT");
            }
            if (c.type() == ComponentType.LIFE_IMPRISONMENT && c.termMonths() != null) {
                throw ApiException.invalid(at + "termMonths", "is not given for LIFE_IMPRISONMENT");
            }
            if (c.amount() != null && c.currency() == null) {
                throw ApiException.invalid(at + "currency", "must be given with an amount");
            }
            if (c.probationMonths() != null && !Boolean.TRUE.equals(c.suspended())) {
                throw ApiException.invalid(at + "probationMonths", "is only given for a suspended penalty");
            }
        }
    }
}
