package org.rightsregistry.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.Dependent;
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

/** Cases and their parties. Parties live and die with their case; a party with charges or sentences stays. */
@ApplicationScoped
public class CaseService {

    static final List<References.Link> DEPENDENTS = List.of(
            new References.Link("charges", "Charge", "r.caseId"),
            new References.Link("sentences", "Sentence", "r.caseId"));

    private final CaseRepository cases;
    private final PartyRepository parties;
    private final References references;
    private final MergePatcher patcher;
    private final Citations citations;
    private final HistoryService history;
    private final ObjectMapper mapper;
    private final SearchIndex searchIndex;
    private final Clearance clearance;
    private final WriteBatch writes;

    public CaseService(CaseRepository cases, PartyRepository parties, References references, MergePatcher patcher,
            Citations citations, HistoryService history, ObjectMapper mapper, SearchIndex searchIndex, Clearance clearance, WriteBatch writes) {
        this.writes = writes;
        this.cases = cases;
        this.parties = parties;
        this.references = references;
        this.patcher = patcher;
        this.citations = citations;
        this.history = history;
        this.mapper = mapper;
        this.searchIndex = searchIndex;
        this.clearance = clearance;
    }

    @Transactional
    public CaseResponse create(CaseRequest request) {
        CourtCase courtCase = insert(request);
        return CaseResponse.from(courtCase, List.of(), citations.sourcesOf(courtCase));
    }

    /** {@link #create}, without the answer: for writes whose answer nobody reads (an import's lines). */
    @Transactional
    public CourtCase insert(CaseRequest request) {
        if (writes.taken(CourtCase.class, request.id())) {
            throw ApiException.conflict("A case with id " + request.id() + " already exists");
        }
        CourtCase courtCase = new CourtCase(request.id());
        apply(courtCase, request);
        cases.persist(courtCase);
        writes.flush(); // inside a write batch, the insert waits for its checkpoint
        parties.created(courtCase.getId());
        searchIndex.courtCase(courtCase);
        history.created(RecordType.cases, courtCase, state(courtCase));
        return courtCase;
    }

    @ReadOnly
    public CaseResponse get(UUID id) {
        return withParties(find(id));
    }

    @ReadOnly
    public Page<CaseResponse> list(CaseFilter filter, PageRequest<CourtCase> page) {
        Page<CourtCase> found = cases.list(filter, page);
        Map<UUID, List<PartyResponse>> byCase = parties.ofCases(found.items().stream().map(CourtCase::getId).toList());
        Disclosure sources = citations.sourcesOf(found.items());
        return found.map(c -> CaseResponse.from(c, summaries(byCase.get(c.getId())), sources));
    }

    @Transactional
    public CaseResponse replace(UUID id, Preconditions preconditions, CaseRequest request) {
        CourtCase courtCase = find(id);
        preconditions.andVersion(request.version()).check(courtCase.getVersion());
        return update(courtCase, request);
    }

    @Transactional
    public CaseResponse patch(UUID id, Preconditions preconditions, JsonNode patch) {
        CourtCase courtCase = find(id);
        preconditions.check(courtCase.getVersion());
        CaseRequest merged = patcher.apply(CaseRequest.from(courtCase), patch, CaseRequest.class);
        preconditions.andVersion(merged.version()).check(courtCase.getVersion());
        return update(courtCase, merged);
    }

    @Transactional
    public void delete(UUID id, Preconditions preconditions) {
        CourtCase courtCase = find(id);
        preconditions.check(courtCase.getVersion());
        references.refuseDeleteWhileReferenced("case", id, DEPENDENTS);
        long version = courtCase.getVersion();
        parties.delete("caseId", id);
        parties.changed(id);
        cases.delete(courtCase);
        cases.flush();
        history.deleted(RecordType.cases, id, version);
    }

    // ---- parties ----

    @ReadOnly
    public Page<PartyResponse> listParties(UUID caseId, PageRequest<Party> page) {
        find(caseId);
        Page<Party> found = parties.list(caseId, page);
        Map<UUID, String> names = parties.names(found.items().stream().map(Party::getPersonId).toList());
        return found.map(p -> PartyResponse.from(p, names.get(p.getPersonId())));
    }

    @Transactional
    public PartyResponse addParty(UUID caseId, PartyRequest request) {
        Party party = insertParty(caseId, request);
        return PartyResponse.from(party, parties.names(List.of(party.getPersonId())).get(party.getPersonId()));
    }

    /** Adds a party as {@link #addParty} does, without reading what the answer shows (an import has no use for it). */
    @Transactional
    public Party insertParty(UUID caseId, PartyRequest request) {
        find(caseId);
        if (request.personId() == null) {
            throw ApiException.invalid("personId", "must not be null");
        }
        if (!clearance.sees("Person", request.personId())) {
            throw ApiException.rule("personId", "no person with this id");
        }
        if (parties.isParty(caseId, request.personId())) {
            throw ApiException.conflict("This person is already a party of the case; change the party's role instead");
        }
        Party party = new Party(caseId, request.personId());
        party.setRole(request.role());
        party.setSince(request.since());
        parties.persist(party);
        parties.added(party);
        partiesChanged(caseId);
        return party;
    }

    @ReadOnly
    public PartyResponse getParty(UUID caseId, UUID personId) {
        Party party = findParty(caseId, personId);
        return PartyResponse.from(party, parties.names(List.of(personId)).get(personId));
    }

    @Transactional
    public PartyResponse replaceParty(UUID caseId, UUID personId, Preconditions preconditions, PartyRequest request) {
        Party party = findParty(caseId, personId);
        preconditions.andVersion(request.version()).check(party.getVersion());
        return updateParty(party, request);
    }

    @Transactional
    public PartyResponse patchParty(UUID caseId, UUID personId, Preconditions preconditions, JsonNode patch) {
        Party party = findParty(caseId, personId);
        preconditions.check(party.getVersion());
        PartyRequest merged = patcher.apply(PartyRequest.from(party), patch, PartyRequest.class);
        preconditions.andVersion(merged.version()).check(party.getVersion());
        return updateParty(party, merged);
    }

    @Transactional
    public void removeParty(UUID caseId, UUID personId, Preconditions preconditions) {
        Party party = findParty(caseId, personId);
        preconditions.check(party.getVersion());
        List<Dependent> dependents = new ArrayList<>();
        for (String[] link : new String[][] {{"charges", "Charge"}, {"sentences", "Sentence"}}) {
            cases.getEntityManager()
                    .createQuery("select r.id from " + link[1] + " r where r.caseId = :c and r.personId = :p", UUID.class)
                    .setParameter("c", caseId).setParameter("p", personId).setMaxResults(20)
                    .getResultList().forEach(id -> dependents.add(new Dependent(link[0], id)));
        }
        if (!dependents.isEmpty()) {
            throw ApiException.dependents("The party cannot be removed while charges or sentences of this person in this case exist",
                    dependents);
        }
        parties.delete(party);
        parties.flush();
        parties.changed(caseId);
        partiesChanged(caseId);
    }

    /** The parties are part of the case's state: a change of them is a new version of the case, with a revision. */
    private void partiesChanged(UUID caseId) {
        CourtCase courtCase = find(caseId);
        if (writes.active()) {
            // an import's party lines: the case's next version without a flush for each line, when the batch can tell it
            long version = writes.nextVersion(courtCase);
            courtCase.touch();
            recordChange(courtCase, version);
            return;
        }
        courtCase.touch();
        cases.flush();
        recordChange(courtCase);
    }

    private void recordChange(CourtCase courtCase) {
        recordChange(courtCase, courtCase.getVersion());
    }

    private void recordChange(CourtCase courtCase, long version) {
        history.updated(RecordType.cases, courtCase.getId(), version, state(courtCase));
    }

    /** The case's state in its history: its writable view and its parties. */
    private ObjectNode state(CourtCase courtCase) {
        ObjectNode state = mapper.valueToTree(CaseRequest.from(courtCase));
        ArrayNode list = state.putArray("parties");
        parties.ofCase(courtCase.getId())
                .forEach(p -> list.addObject().put("personId", p.getPersonId().toString()).put("role", p.getRole().name())
                        .put("since", p.getSince()));
        return state;
    }

    private PartyResponse updateParty(Party party, PartyRequest request) {
        PartyRequest before = PartyRequest.from(party);
        party.setRole(request.role());
        party.setSince(request.since());
        PartyRequest after = PartyRequest.from(party);
        if (before.role() != after.role() || !Objects.equals(before.since(), after.since())) {
            party.touch();
            parties.flush();
            parties.changed(party.getCaseId());
            partiesChanged(party.getCaseId());
        }
        return PartyResponse.from(party, parties.names(List.of(party.getPersonId())).get(party.getPersonId()));
    }

    private Party findParty(UUID caseId, UUID personId) {
        find(caseId);
        Party party = parties.find(caseId, personId);
        if (party == null || !clearance.sees("Party", party.getId())) {
            throw ApiException.notFound("party of this case for this person");
        }
        return party;
    }

    // ---- helpers ----

    private CaseResponse update(CourtCase courtCase, CaseRequest request) {
        CaseRequest before = CaseRequest.from(courtCase);
        apply(courtCase, request);
        if (history.differ(before, CaseRequest.from(courtCase))) {
            courtCase.touch();
            cases.flush();
            searchIndex.courtCase(courtCase);
            recordChange(courtCase);
        }
        return withParties(courtCase);
    }

    private CaseResponse withParties(CourtCase courtCase) {
        return CaseResponse.from(courtCase, summaries(parties.ofCases(List.of(courtCase.getId())).get(courtCase.getId())),
                citations.sourcesOf(courtCase));
    }

    private static List<PartySummary> summaries(List<PartyResponse> parties) {
        return parties == null ? List.of() : parties.stream().map(PartyResponse::summary).toList();
    }

    private CourtCase find(UUID id) {
        CourtCase courtCase = cases.findById(id);
        if (courtCase == null || !clearance.sees(courtCase.getVisibility())) {
            throw ApiException.notFound("case");
        }
        return courtCase;
    }

    private void apply(CourtCase courtCase, CaseRequest request) {
        Edtf opened = Edtf.parse(request.openedOn());
        Edtf closed = Edtf.parse(request.closedOn());
        if (opened != null && closed != null && closed.lastDay().isBefore(opened.firstDay())) {
            throw ApiException.rule("closedOn", "cannot be before openedOn");
        }
        courtCase.setCitations(citations.check(request.citations(), CaseRequest.class, courtCase));
        courtCase.setVisibility(clearance.assignable(request.visibility()));
        courtCase.setTitle(request.title());
        courtCase.setCaseNumbers(request.caseNumbers() == null ? List.of()
                : request.caseNumbers().stream().map(CaseNumberValue::toEntity).toList());
        courtCase.setCountry(request.country());
        courtCase.setKind(request.kind());
        courtCase.setStage(request.stage());
        courtCase.setThemes(request.themes() == null ? Set.of() : request.themes());
        courtCase.setOpenedOn(request.openedOn());
        courtCase.setClosedOn(request.closedOn());
        courtCase.setSummary(request.summary());
    }
}
