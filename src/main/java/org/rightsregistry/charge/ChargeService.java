package org.rightsregistry.charge;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.rightsregistry.cases.PartyRepository;
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
public class ChargeService {

    /** Sentences that decide a charge keep it. */
    static final List<References.Link> DEPENDENTS = List.of(
            new References.Link("sentences", "Sentence r join r.chargeIds c", "c", "r.id"));

    private final ChargeRepository charges;
    private final PartyRepository parties;
    private final References references;
    private final MergePatcher patcher;
    private final Citations citations;
    private final HistoryService history;
    private final SearchIndex searchIndex;
    private final Clearance clearance;
    private final WriteBatch writes;

    public ChargeService(ChargeRepository charges, PartyRepository parties, References references, MergePatcher patcher,
            Citations citations, HistoryService history, SearchIndex searchIndex, Clearance clearance, WriteBatch writes) {
        this.writes = writes;
        this.charges = charges;
        this.parties = parties;
        this.references = references;
        this.patcher = patcher;
        this.citations = citations;
        this.history = history;
        this.searchIndex = searchIndex;
        this.clearance = clearance;
    }

    @Transactional
    public ChargeResponse create(ChargeRequest request) {
        Charge charge = insert(request);
        return respond(charge);
    }

    /** {@link #create}, without the answer: for writes whose answer nobody reads (an import's lines). */
    @Transactional
    public Charge insert(ChargeRequest request) {
        if (writes.taken(Charge.class, request.id())) {
            throw ApiException.conflict("A charge with id " + request.id() + " already exists");
        }
        Charge charge = new Charge(request.id());
        apply(charge, request);
        charges.persist(charge);
        writes.flush(); // inside a write batch, the insert waits for its checkpoint
        searchIndex.update(charge);
        history.created(RecordType.charges, charge, ChargeRequest.from(charge));
        return charge;
    }

    @ReadOnly
    public ChargeResponse get(UUID id) {
        return respond(find(id));
    }

    @ReadOnly
    public Page<ChargeResponse> list(ChargeFilter filter, PageRequest<Charge> page) {
        Page<Charge> found = charges.list(filter, page);
        Disclosure sources = citations.sourcesOf(found.items());
        return found.map(c -> ChargeResponse.from(c, sources));
    }

    @Transactional
    public ChargeResponse replace(UUID id, Preconditions preconditions, ChargeRequest request) {
        Charge charge = find(id);
        preconditions.andVersion(request.version()).check(charge.getVersion());
        return update(charge, request);
    }

    @Transactional
    public ChargeResponse patch(UUID id, Preconditions preconditions, JsonNode patch) {
        Charge charge = find(id);
        preconditions.check(charge.getVersion());
        ChargeRequest merged = patcher.apply(ChargeRequest.from(charge), patch, ChargeRequest.class);
        preconditions.andVersion(merged.version()).check(charge.getVersion());
        return update(charge, merged);
    }

    @Transactional
    public void delete(UUID id, Preconditions preconditions) {
        Charge charge = find(id);
        preconditions.check(charge.getVersion());
        references.refuseDeleteWhileReferenced("charge", id, DEPENDENTS);
        long version = charge.getVersion();
        charges.delete(charge);
        charges.flush();
        searchIndex.remove(charge);
        history.deleted(RecordType.charges, id, version);
    }

    private ChargeResponse update(Charge charge, ChargeRequest request) {
        ChargeRequest before = ChargeRequest.from(charge);
        boolean moved = !charge.getCaseId().equals(request.caseId()) || !charge.getPersonId().equals(request.personId());
        if (moved) {
            List<UUID> deciding = charges.getEntityManager()
                    .createQuery("select s.id from Sentence s join s.chargeIds c where c = :id", UUID.class)
                    .setParameter("id", charge.getId()).setMaxResults(1).getResultList();
            if (!deciding.isEmpty()) {
                throw ApiException.rule("caseId", "a charge decided by a sentence cannot move to another case or person");
            }
        }
        apply(charge, request);
        if (history.differ(before, ChargeRequest.from(charge))) {
            charge.touch();
            charges.flush();
            searchIndex.update(charge);
            history.updated(RecordType.charges, charge.getId(), charge.getVersion(), ChargeRequest.from(charge));
        }
        return respond(charge);
    }

    private ChargeResponse respond(Charge charge) {
        return ChargeResponse.from(charge, citations.sourcesOf(charge));
    }

    private Charge find(UUID id) {
        Charge charge = charges.findById(id);
        if (charge == null || !clearance.sees("Charge", id)) {
            throw ApiException.notFound("charge");
        }
        return charge;
    }

    private void apply(Charge charge, ChargeRequest request) {
        if (!clearance.sees("CourtCase", request.caseId())) {
            throw ApiException.rule("caseId", "no case with this id");
        }
        if (!clearance.sees("Person", request.personId())) {
            throw ApiException.rule("personId", "no person with this id");
        }
        if (!parties.isParty(request.caseId(), request.personId())) {
            throw ApiException.rule("personId", "the person is not a party of the case; add them to its parties first");
        }
        MonthRange penalty = request.penaltyRiskedMonths();
        if (penalty != null && penalty.min() != null && penalty.max() != null && penalty.max() < penalty.min()) {
            throw ApiException.invalid("penaltyRiskedMonths.max", "must not be less than min");
        }
        charge.setCitations(citations.check(request.citations(), ChargeRequest.class, charge));
        charge.setVisibility(clearance.assignable(request.visibility()));
        charge.setCaseId(request.caseId());
        charge.setPersonId(request.personId());
        charge.setLaw(request.law());
        charge.setArticle(request.article());
        charge.setArticleText(request.articleText());
        charge.setDescription(request.description());
        charge.setFiledOn(request.filedOn());
        charge.setStatus(request.status());
        charge.setPenaltyRiskedMonths(penalty == null ? null : penalty.min(), penalty == null ? null : penalty.max());
    }
}
