package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rightsregistry.cases.CaseNumber;
import org.rightsregistry.cases.CaseRepository;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.person.Person;
import org.rightsregistry.person.PersonName;
import org.rightsregistry.person.PersonRepository;
import org.rightsregistry.search.Ranked.Match;
import org.rightsregistry.search.SearchHit.HitType;

/** One search across persons and cases: each ranked by its own rules, merged by score, paged by (score, id). */
@ApplicationScoped
public class SearchService {

    static final int SNIPPET = 160;

    private final EntityManager em;
    private final PersonRepository persons;
    private final CaseRepository cases;

    public SearchService(EntityManager em, PersonRepository persons, CaseRepository cases) {
        this.em = em;
        this.persons = persons;
        this.cases = cases;
    }

    @Transactional
    public Page<SearchHit> search(SearchQuery q, Set<HitType> types, PageRequest<?> page) {
        Map<UUID, HitType> typeOf = new HashMap<>();
        List<Ranked> all = new ArrayList<>();
        if (types.contains(HitType.PERSON)) {
            for (Ranked r : Ranking.persons(em, new ListQuery<>(Person.class), q)) {
                typeOf.put(r.id(), HitType.PERSON);
                all.add(r);
            }
        }
        if (types.contains(HitType.CASE)) {
            for (Ranked r : Ranking.cases(em, new ListQuery<>(CourtCase.class), q)) {
                typeOf.put(r.id(), HitType.CASE);
                all.add(r);
            }
        }
        all.sort(Ranked.ORDER);
        RankedPages.Slice slice = RankedPages.slice(all, page);
        List<UUID> personIds = slice.items().stream().filter(r -> typeOf.get(r.id()) == HitType.PERSON).map(Ranked::id).toList();
        List<UUID> caseIds = slice.items().stream().filter(r -> typeOf.get(r.id()) == HitType.CASE).map(Ranked::id).toList();
        Map<UUID, Person> foundPersons = new HashMap<>();
        persons.byIds(personIds).forEach(p -> foundPersons.put(p.getId(), p));
        Map<UUID, CourtCase> foundCases = new HashMap<>();
        cases.byIds(caseIds).forEach(c -> foundCases.put(c.getId(), c));
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked r : slice.items()) {
            Person person = foundPersons.get(r.id());
            CourtCase courtCase = foundCases.get(r.id());
            if (person != null) {
                hits.add(new SearchHit(HitType.PERSON, r.id(), person.getFullName(), personSnippet(person, q), r.match()));
            } else if (courtCase != null) {
                hits.add(new SearchHit(HitType.CASE, r.id(), courtCase.getTitle(), caseSnippet(courtCase, q, r.match()), r.match()));
            }
        }
        return new Page<>(hits, all.size(), slice.nextCursor());
    }

    /**
     * The name of the person that matches the query best; among equally good ones, one in the query's script (Latin or
     * not), then the full name.
     */
    static String personSnippet(Person person, SearchQuery q) {
        List<String> names = new ArrayList<>();
        names.add(person.getFullName());
        person.getNames().stream().map(PersonName::getName).forEach(names::add);
        String best = person.getFullName();
        int bestScore = Integer.MAX_VALUE;
        boolean latinQuery = isLatin(q.text());
        for (String name : names) {
            Ranking.Keys keys = new Ranking.Keys();
            SearchIndex.personKeys(List.of(name)).forEach(k -> keys.add(k.kind(), k.term()));
            Ranked match = Ranking.matchPerson(null, keys, q);
            int score = match == null ? Integer.MAX_VALUE : match.score() * 2 + (isLatin(name) == latinQuery ? 0 : 1);
            if (score < bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

    /** The case number that matched, the title, or a window of the summary around the first matching word. */
    static String caseSnippet(CourtCase courtCase, SearchQuery q, Match match) {
        if (match == Match.EXACT_NAME) {
            String number = Ranking.numberKey(q.text());
            return courtCase.getCaseNumbers().stream().map(CaseNumber::getNumber)
                    .filter(n -> Ranking.numberKey(n).equals(number)).findFirst().orElse(courtCase.getTitle());
        }
        String summary = courtCase.getSummary();
        if (match != Match.SUMMARY || summary == null) {
            return courtCase.getTitle();
        }
        Set<String> wanted = new java.util.HashSet<>();
        q.words().forEach(w -> wanted.add(w.folded()));
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(summary);
        while (word.find()) {
            boolean hit = SearchText.tokens(word.group()).stream().map(SearchText::fold).anyMatch(wanted::contains);
            if (hit) {
                return window(summary, word.start(), word.end());
            }
        }
        return window(summary, 0, 0);
    }

    private static boolean isLatin(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static String window(String text, int start, int end) {
        int from = Math.max(0, start - (SNIPPET - (end - start)) / 2);
        int to = Math.min(text.length(), from + SNIPPET);
        from = Math.max(0, Math.min(from, to - SNIPPET));
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String snippet = text.substring(from, to).strip().replaceAll("\\s+", " ");
        return (from > 0 ? "…" : "") + snippet + (to < text.length() ? "…" : "");
    }
}
