package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rightsregistry.cases.CaseNumber;
import org.rightsregistry.cases.CaseRepository;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.common.transaction.ReadOnly;
import org.rightsregistry.person.Person;
import org.rightsregistry.person.PersonName;
import org.rightsregistry.person.PersonRepository;
import org.rightsregistry.search.Ranked.Match;
import org.rightsregistry.search.SearchHit.HitType;
import org.rightsregistry.security.Clearance;

/** One search across every record type: each ranked by its own rules, merged by score, paged by (score, id). */
@ApplicationScoped
public class SearchService {

    static final int SNIPPET = 160;

    private final EntityManager em;
    private final PersonRepository persons;
    private final CaseRepository cases;
    private final Clearance clearance;

    public SearchService(EntityManager em, PersonRepository persons, CaseRepository cases, Clearance clearance) {
        this.em = em;
        this.persons = persons;
        this.cases = cases;
        this.clearance = clearance;
    }

    @ReadOnly
    public Page<SearchHit> search(SearchQuery q, Set<HitType> types, PageRequest<?> page) {
        Map<UUID, HitType> typeOf = new HashMap<>();
        List<Ranked> all = new ArrayList<>();
        if (types.contains(HitType.PERSON)) {
            add(Ranking.persons(em, new ListQuery<>(Person.class).where(clearance.visible("r", "Person")), q), HitType.PERSON, all, typeOf);
        }
        if (types.contains(HitType.CASE)) {
            add(Ranking.cases(em, new ListQuery<>(CourtCase.class).where(clearance.visible("r", "CourtCase")), q), HitType.CASE, all, typeOf);
        }
        for (IndexedType<?> type : IndexedType.ALL) {
            if (types.contains(type.type())) {
                add(ranked(type, q), type.type(), all, typeOf);
            }
        }
        all.sort(Ranked.ORDER);
        RankedPages.Slice slice = RankedPages.slice(all, page);
        Map<UUID, Object> found = new HashMap<>();
        persons.byIds(idsOf(slice, typeOf, HitType.PERSON)).forEach(p -> found.put(p.getId(), p));
        cases.byIds(idsOf(slice, typeOf, HitType.CASE)).forEach(c -> found.put(c.getId(), c));
        for (IndexedType<?> type : IndexedType.ALL) {
            List<UUID> ids = idsOf(slice, typeOf, type.type());
            if (!ids.isEmpty()) {
                InList.query(em, "select r from " + type.entityName() + " r where r.id in :id", "id", ids, type.entity()).getResultList()
                        .forEach(r -> found.put(r.getId(), r));
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked r : slice.items()) {
            Object record = found.get(r.id());
            if (record instanceof Person person) {
                hits.add(new SearchHit(HitType.PERSON, r.id(), person.getFullName(), personSnippet(person, q), r.match()));
            } else if (record instanceof CourtCase courtCase) {
                hits.add(new SearchHit(HitType.CASE, r.id(), courtCase.getTitle(), caseSnippet(courtCase, q, r.match()), r.match()));
            } else if (record instanceof RegistryRecord other) {
                IndexedType<?> type = IndexedType.of(other);
                hits.add(new SearchHit(type.type(), r.id(), shorten(type.titleOf(other)), recordSnippet(type.fieldsOf(other), q),
                        r.match()));
            }
        }
        return new Page<>(hits, all.size(), slice.nextCursor());
    }

    private <E extends RegistryRecord> List<Ranked> ranked(IndexedType<E> type, SearchQuery q) {
        return Ranking.records(em, type, new ListQuery<>(type.entity()).where(clearance.visible("r", type.entityName())), q);
    }

    private static void add(List<Ranked> ranked, HitType type, List<Ranked> all, Map<UUID, HitType> typeOf) {
        for (Ranked r : ranked) {
            typeOf.put(r.id(), type);
            all.add(r);
        }
    }

    private static List<UUID> idsOf(RankedPages.Slice slice, Map<UUID, HitType> typeOf, HitType type) {
        return slice.items().stream().filter(r -> typeOf.get(r.id()) == type).map(Ranked::id).toList();
    }

    /**
     * The searched field with the most words of the query (the first of equally good ones): a short field whole, a long
     * one as a window around its first matching word; at most {@value #SNIPPET} characters.
     */
    static String recordSnippet(List<IndexedType.Field> fields, SearchQuery q) {
        Set<String> wanted = folded(q);
        IndexedType.Field best = null;
        long bestCount = 0;
        for (IndexedType.Field field : fields) {
            if (field.text() == null) {
                continue;
            }
            long count = SearchText.tokens(field.text()).stream().map(SearchText::fold).distinct().filter(wanted::contains).count();
            if (count > bestCount) {
                best = field;
                bestCount = count;
            }
        }
        if (best == null) {
            return fields.stream().map(IndexedType.Field::text).filter(java.util.Objects::nonNull).findFirst()
                    .map(SearchService::shorten).orElse("");
        }
        return best.text().length() <= SNIPPET ? best.text().strip().replaceAll("\\s+", " ") : around(best.text(), wanted);
    }

    private static Set<String> folded(SearchQuery q) {
        Set<String> wanted = new java.util.HashSet<>();
        q.words().forEach(w -> wanted.add(w.folded()));
        return wanted;
    }

    /** A window of the text around the first word whose folded form is one of {@code wanted}, else its start. */
    private static String around(String text, Set<String> wanted) {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (word.find()) {
            boolean hit = SearchText.tokens(word.group()).stream().map(SearchText::fold).anyMatch(wanted::contains);
            if (hit) {
                return window(text, word.start(), word.end());
            }
        }
        return window(text, 0, 0);
    }

    private static String shorten(String text) {
        return text.length() <= SNIPPET ? text : window(text, 0, 0);
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
        return around(summary, folded(q));
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
