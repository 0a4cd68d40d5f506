package org.rightsregistry.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.rightsregistry.appeal.Appeal;
import org.rightsregistry.cases.CaseNumberValue;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.cases.Party;
import org.rightsregistry.charge.Charge;
import org.rightsregistry.charge.MonthRange;
import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.common.transaction.ReadOnly;
import org.rightsregistry.person.Person;
import org.rightsregistry.person.PersonRepository;
import org.rightsregistry.person.PersonResponse;
import org.rightsregistry.security.Clearance;
import org.rightsregistry.sentence.Sentence;
import org.rightsregistry.source.Citations;

/** Builds a person's dossier from a fixed number of queries, grouped and ordered in memory. */
@ApplicationScoped
public class DossierService {

    private final PersonRepository persons;
    private final DossierRepository dossiers;
    private final Citations citations;
    private final Clearance clearance;

    public DossierService(PersonRepository persons, DossierRepository dossiers, Citations citations, Clearance clearance) {
        this.persons = persons;
        this.dossiers = dossiers;
        this.citations = citations;
        this.clearance = clearance;
    }

    @ReadOnly
    public DossierResponse dossier(UUID personId) {
        Person person = persons.findById(personId);
        if (person == null || !clearance.sees(person.getVisibility())) {
            throw ApiException.notFound("person");
        }
        Map<UUID, CourtCase> cases = new HashMap<>();
        dossiers.cases(personId).forEach(c -> cases.put(c.getId(), c));
        Map<UUID, List<Charge>> charges = byCase(dossiers.charges(personId), Charge::getCaseId);
        List<Sentence> allSentences = dossiers.sentences(personId);
        Map<UUID, List<Sentence>> sentences = byCase(allSentences, Sentence::getCaseId);
        Map<UUID, UUID> caseOfSentence = new HashMap<>();
        allSentences.forEach(s -> caseOfSentence.put(s.getId(), s.getCaseId()));
        List<Appeal> allAppeals = dossiers.appeals(personId);
        Map<UUID, List<Appeal>> appeals = byCase(allAppeals, a -> caseOfSentence.get(a.getSentenceId()));
        // ids that point at records the caller may not see are left out (the sentences listed are the visible ones)
        Set<UUID> visibleCharges = new HashSet<>();
        charges.values().forEach(list -> list.forEach(ch -> visibleCharges.add(ch.getId())));
        Set<UUID> visibleSentences = caseOfSentence.keySet();

        List<Party> parties = new ArrayList<>(dossiers.parties(personId));
        parties.sort(Comparator.comparing((Party p) -> cases.get(p.getCaseId()).getOpenedOnFrom(), nullsLast())
                .thenComparing(p -> Edtf.firstDayOf(p.getSince()), nullsLast())
                .thenComparing(p -> cases.get(p.getCaseId()).getCreatedAt())
                .thenComparing(Party::getCaseId));
        List<DossierResponse.DossierCase> result = new ArrayList<>();
        for (Party party : parties) {
            CourtCase c = cases.get(party.getCaseId());
            List<Charge> caseCharges = sorted(charges.get(c.getId()), Charge::getFiledOnFrom);
            List<Sentence> caseSentences = sorted(sentences.get(c.getId()), Sentence::getDecidedOnFrom);
            List<Appeal> caseAppeals = sorted(appeals.get(c.getId()), Appeal::getFiledOnFrom);
            result.add(new DossierResponse.DossierCase(c.getId(), c.getTitle(),
                    c.getCaseNumbers().stream().map(n -> new CaseNumberValue(n.getNumber(), n.getKind(), n.getAuthority())).toList(),
                    c.getCountry(), c.getKind(), c.getStage(), c.getThemes().stream().sorted().toList(), c.getOpenedOn(), c.getClosedOn(),
                    c.getSummary(), party.getRole(), party.getSince(),
                    caseCharges.stream().map(DossierService::charge).toList(),
                    caseSentences.stream().map(s -> sentence(s, visibleCharges)).toList(),
                    caseAppeals.stream().map(a -> appeal(a, visibleSentences)).toList()));
        }
        return new DossierResponse(PersonResponse.from(person, citations.sourcesOf(person)), result);
    }

    private static DossierResponse.DossierCharge charge(Charge c) {
        MonthRange risked = c.getPenaltyMinMonths() == null && c.getPenaltyMaxMonths() == null ? null
                : new MonthRange(c.getPenaltyMinMonths(), c.getPenaltyMaxMonths());
        return new DossierResponse.DossierCharge(c.getId(), c.getLaw(), c.getArticle(), c.getArticleText(), c.getDescription(),
                c.getFiledOn(), c.getStatus(), risked);
    }

    private static DossierResponse.DossierSentence sentence(Sentence s, Set<UUID> visibleCharges) {
        return new DossierResponse.DossierSentence(s.getId(), s.getChargeIds().stream().filter(visibleCharges::contains).toList(), s.getCourt(), s.getInstance(),
                s.getDecidedOn(), s.getVerdict(), s.getComponents().stream().map(DossierResponse::component).toList(), s.getStatus(),
                s.getStartsOn(), s.getExpectedEndOn());
    }

    private static DossierResponse.DossierAppeal appeal(Appeal a, Set<UUID> visibleSentences) {
        return new DossierResponse.DossierAppeal(a.getId(), a.getSentenceId(), a.getFiledBy(), a.getLevel(), a.getBody(), a.getFiledOn(),
                a.getDecidedOn(), a.getStatus(), a.getOutcome(),
                visibleSentences.contains(a.getResultingSentenceId()) ? a.getResultingSentenceId() : null);
    }

    private static <T> Map<UUID, List<T>> byCase(List<T> records, Function<T, UUID> caseId) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        records.forEach(r -> grouped.computeIfAbsent(caseId.apply(r), id -> new ArrayList<>()).add(r));
        return grouped;
    }

    /** By date (undated last), then by creation, then id: the order things happened in, as far as the record says. */
    private static <T extends RegistryRecord> List<T> sorted(List<T> records, Function<T, LocalDate> date) {
        if (records == null) {
            return List.of();
        }
        List<T> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(date, nullsLast()).thenComparing(RegistryRecord::getCreatedAt).thenComparing(RegistryRecord::getId));
        return sorted;
    }

    private static Comparator<LocalDate> nullsLast() {
        return Comparator.nullsLast(Comparator.naturalOrder());
    }
}
