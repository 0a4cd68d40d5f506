package org.rightsregistry.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.rightsregistry.common.date.Edtf;
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
public class PersonService {

    static final List<References.Link> DEPENDENTS = List.of(
            new References.Link("cases", "Party r", "r.personId", "r.caseId"),
            new References.Link("charges", "Charge", "r.personId"),
            new References.Link("sentences", "Sentence", "r.personId"));

    private final PersonRepository persons;
    private final References references;
    private final MergePatcher patcher;
    private final Citations citations;
    private final HistoryService history;
    private final SearchIndex searchIndex;
    private final Clearance clearance;
    private final WriteBatch writes;

    public PersonService(PersonRepository persons, References references, MergePatcher patcher, Citations citations,
            HistoryService history, SearchIndex searchIndex, Clearance clearance, WriteBatch writes) {
        this.writes = writes;
        this.persons = persons;
        this.references = references;
        this.patcher = patcher;
        this.citations = citations;
        this.history = history;
        this.searchIndex = searchIndex;
        this.clearance = clearance;
    }

    @Transactional
    public PersonResponse create(PersonRequest request) {
        Person person = insert(request);
        return respond(person);
    }

    /** {@link #create}, without the answer: for writes whose answer nobody reads (an import's lines). */
    @Transactional
    public Person insert(PersonRequest request) {
        if (writes.taken(Person.class, request.id())) {
            throw ApiException.conflict("A person with id " + request.id() + " already exists");
        }
        Person person = new Person(request.id());
        apply(person, request);
        persons.persist(person);
        writes.flush(); // inside a write batch, the insert waits for its checkpoint
        searchIndex.person(person);
        history.created(RecordType.persons, person, PersonRequest.from(person));
        return person;
    }

    @ReadOnly
    public PersonResponse get(UUID id) {
        return respond(find(id));
    }

    @ReadOnly
    public Page<PersonResponse> list(PersonFilter filter, PageRequest<Person> page) {
        Page<Person> found = persons.list(filter, page);
        Map<UUID, PersonCollections> collections = persons.collections(found.items().stream().map(Person::getId).toList());
        Disclosure sources = citations.sourcesOf(collections.values());
        return found.map(p -> PersonResponse.from(p, collections.get(p.getId()), sources));
    }

    @Transactional
    public PersonResponse replace(UUID id, Preconditions preconditions, PersonRequest request) {
        Person person = find(id);
        preconditions.andVersion(request.version()).check(person.getVersion());
        return update(person, request);
    }

    @Transactional
    public PersonResponse patch(UUID id, Preconditions preconditions, JsonNode patch) {
        Person person = find(id);
        preconditions.check(person.getVersion());
        PersonRequest merged = patcher.apply(PersonRequest.from(person), patch, PersonRequest.class);
        preconditions.andVersion(merged.version()).check(person.getVersion());
        return update(person, merged);
    }

    @Transactional
    public void delete(UUID id, Preconditions preconditions) {
        Person person = find(id);
        preconditions.check(person.getVersion());
        references.refuseDeleteWhileReferenced("person", id, DEPENDENTS);
        long version = person.getVersion();
        persons.delete(person);
        persons.flush();
        history.deleted(RecordType.persons, id, version);
    }

    private PersonResponse update(Person person, PersonRequest request) {
        PersonRequest before = PersonRequest.from(person);
        apply(person, request);
        if (history.differ(before, PersonRequest.from(person))) {
            person.touch();
            persons.flush();
            searchIndex.person(person);
            history.updated(RecordType.persons, person.getId(), person.getVersion(), PersonRequest.from(person));
        }
        return respond(person);
    }

    private PersonResponse respond(Person person) {
        return PersonResponse.from(person, citations.sourcesOf(person));
    }

    private Person find(UUID id) {
        Person person = persons.findById(id);
        if (person == null || !clearance.sees(person.getVisibility())) {
            throw ApiException.notFound("person");
        }
        return person;
    }

    private void apply(Person person, PersonRequest request) {
        checkRules(request);
        person.setCitations(citations.check(request.citations(), PersonRequest.class, person));
        person.setVisibility(clearance.assignable(request.visibility()));
        person.setFullName(request.fullName());
        person.setNames(request.names() == null ? List.of() : request.names().stream().map(Name::toEntity).toList());
        person.setGender(request.gender());
        person.setBirthDate(request.birthDate());
        person.setDeathDate(request.deathDate());
        person.setCitizenships(request.citizenships() == null ? List.of() : request.citizenships().stream().distinct().toList());
        person.setResidenceCountry(request.residenceCountry());
        person.setRegion(request.region());
        person.setOccupation(request.occupation());
        person.setRoles(request.roles() == null ? java.util.Set.of() : request.roles());
        person.setStatus(request.status());
        person.setStatusSince(request.statusSince());
        person.setDeathCircumstance(request.deathCircumstance());
        person.setSummary(request.summary());
        person.setSafetyNotes(request.safetyNotes());
    }

    private static void checkRules(PersonRequest request) {
        if (request.deathCircumstance() != null && request.status() != PersonStatus.DECEASED) {
            throw ApiException.rule("deathCircumstance", "is only recorded for a person whose status is DECEASED");
        }
        Edtf birth = Edtf.parse(request.birthDate());
        Edtf death = Edtf.parse(request.deathDate());
        if (birth != null && death != null && death.lastDay().isBefore(birth.firstDay())) {
            throw ApiException.rule("deathDate", "cannot be before birthDate");
        }
    }
}
