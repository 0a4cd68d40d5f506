package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.paging.ListQuery;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.search.Ranked.Match;

/**
 * Ranks the persons or cases of a filtered list, or the records of another searched type, against a query. Candidates
 * come from index lookups of the query's keys in the search-key tables (one subquery per word, all AND-ed with the
 * list's filters); the final decision and order are made here, in Java, so they are the same on every database.
 */
public final class Ranking {

    /** The most matches a search returns; {@code total} counts at most these. */
    public static final int MAX_RESULTS = 1000;
    /** How many candidates one query joins with their records (a bound on the statement's parameters). */
    static final int CANDIDATES_PER_QUERY = 1000;
    /** The most keys of candidates that a search of cases or other records reads and ranks here; with more it ranks in the database. */
    static final int KEYS_READ = 1000;

    private Ranking() {
    }

    /**
     * The persons of {@code filtered} (alias {@code r}) that match, best first. First the words of names near each word
     * of the query are found ({@link #nearWords}); the candidates are the persons with the word or one near it for
     * every word, from the keys alone, one index lookup per word intersected in the database; only they are then
     * joined with {@code person} under the list's filters, {@value #CANDIDATES_PER_QUERY} at a time, with only their
     * keys among those words, so that no search reads every person of a large registry. At a million generated
     * persons "Kayrat Tursyov" has 69 candidates from 20 000 index entries; with the consonant skeletons that typos
     * were looked up by before, it had 157 from 125 000. Candidates of more than one such query (a common first name)
     * are first ranked without typos in the database ({@link #withoutTypos}); only when those matches are fewer than
     * {@value #MAX_RESULTS} are the others' keys read, for their typos.
     */
    public static <E extends RegistryRecord> List<Ranked> persons(EntityManager em, ListQuery<E> filtered, SearchQuery q) {
        List<Set<String>> near = nearWords(em, q);
        List<UUID> candidates = personCandidates(em, near);
        List<Ranked> ranked = new ArrayList<>();
        if (candidates.size() > CANDIDATES_PER_QUERY) {
            ranked.addAll(withoutTypos(em, filtered, q));
            if (ranked.size() >= MAX_RESULTS) {
                return ranked; // the first matches already; every match with a typo ranks after them
            }
            Set<UUID> done = new HashSet<>();
            ranked.forEach(match -> done.add(match.id()));
            candidates = candidates.stream().filter(id -> !done.contains(id)).toList();
        }
        Set<String> wanted = new HashSet<>();
        near.forEach(wanted::addAll);
        q.words().forEach(word -> wanted.add(word.plain())); // as written, for EXACT_WORD
        wanted.add(q.phrase()); // the whole name, for EXACT_NAME
        group(keysOf(em, KeyTable.PERSONS, filtered, candidates, wanted)).forEach((id, keys) -> {
            Ranked match = matchPerson(id, keys, q);
            if (match != null) {
                ranked.add(match);
            }
        });
        return best(ranked);
    }

    /**
     * The first {@value #MAX_RESULTS} persons of {@code filtered} that match every word without a typo, in
     * {@link Ranked#ORDER}, picked in the database rather than from their keys read here: for a common name (tens of
     * thousands of persons in a large registry) that would mean reading and comparing all their keys, when only the
     * first {@value #MAX_RESULTS} count. They are the persons with every word's folded form (a word as written is
     * folded too), ranked as {@link #matchPerson} ranks them: those with the whole name, then those with every word as
     * written, then the others, each tier in the order of the ids and read by a statement of its own. Each statement
     * walks the first word's folded key in the index on (term, kind, person), which is in the order of the ids, tests
     * each person there against the list's filters and the other keys, and stops at the {@value #MAX_RESULTS}th: for
     * a name that 12 000 persons share it reads about a thousand of them, where ranking them all in one statement read
     * every one.
     */
    private static <E extends RegistryRecord> List<Ranked> withoutTypos(EntityManager em, ListQuery<E> filtered, SearchQuery q) {
        List<SearchQuery.Word> words = q.words();
        ListQuery<E> every = filtered.copy().where("f.kind = 'F' and f.term = ?", words.get(0).folded());
        for (int i = 1; i < words.size(); i++) {
            every.where(KeyTable.PERSONS.hasKind("f" + i, "F"), words.get(i).folded());
        }
        String wholeName = KeyTable.PERSONS.hasKind("n", "N");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            written.add(KeyTable.PERSONS.hasKind("w" + i, "P"));
        }
        String asWritten = String.join(" and ", written);
        Object[] plain = words.stream().map(SearchQuery.Word::plain).toArray();
        Map<Match, ListQuery<E>> tiers = new LinkedHashMap<>();
        tiers.put(Match.EXACT_NAME, every.copy().where(wholeName, q.phrase()));
        tiers.put(Match.EXACT_WORD, every.copy().where("not " + wholeName, q.phrase()).where(asWritten, plain));
        tiers.put(Match.VARIANT, every.copy().where("not " + wholeName, q.phrase()).where("not (" + asWritten + ")", plain));
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<Match, ListQuery<E>> tier : tiers.entrySet()) {
            if (ranked.size() >= MAX_RESULTS) {
                break;
            }
            Match how = tier.getKey();
            for (UUID id : tier.getValue().selectFirst(em, "r.id", KeyTable.PERSONS.joined("f"), "order by f.personId",
                    UUID.class, MAX_RESULTS - ranked.size())) {
                ranked.add(new Ranked(id, how.base, how, how == Match.EXACT_NAME ? q.phrase() : null));
            }
        }
        return ranked;
    }

    /**
     * For each word of the query, its folded form and the words of names within its typo limit
     * ({@link SearchText#maxTypos}): those that share one of its {@link SearchText#deletions} in {@code person_search_word}
     * (one statement for all words), then compared with it letter by letter.
     */
    private static List<Set<String>> nearWords(EntityManager em, SearchQuery q) {
        Map<SearchQuery.Word, Set<String>> deletions = new HashMap<>();
        q.words().stream().filter(w -> SearchText.maxTypos(w.folded().length()) > 0)
                .forEach(w -> deletions.put(w, SearchText.deletions(w.folded())));
        Set<String> keys = new HashSet<>();
        deletions.values().forEach(keys::addAll);
        Map<String, Set<String>> wordsByKey = new HashMap<>();
        if (!keys.isEmpty()) {
            Map<String, Object> params = new HashMap<>();
            String in = InList.of("key", keys, params);
            var query = em.createNativeQuery("select deletion, word from person_search_word where deletion in " + in);
            params.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            rows.forEach(row -> wordsByKey.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]));
        }
        List<Set<String>> near = new ArrayList<>();
        for (SearchQuery.Word word : q.words()) {
            // the folded form alone: a person with the word as written has it folded too
            Set<String> terms = new HashSet<>(Set.of(word.folded()));
            int limit = SearchText.maxTypos(word.folded().length());
            for (String key : deletions.getOrDefault(word, Set.of())) {
                for (String other : wordsByKey.getOrDefault(key, Set.of())) {
                    if (SearchText.distance(word.folded(), other, limit) <= limit) {
                        terms.add(other);
                    }
                }
            }
            near.add(terms);
        }
        return near;
    }

    /**
     * The ids of the persons with a folded key among each word's terms, for every word, in no particular order. Only
     * folded keys: the terms are folded words, and a person has every word of a name folded, whatever else it has.
     */
    private static List<UUID> personCandidates(EntityManager em, List<Set<String>> termsOfWords) {
        List<String> selects = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < termsOfWords.size(); i++) {
            String terms = InList.of("word" + i, termsOfWords.get(i), params);
            selects.add("select k.personId from PersonSearchKey k where k.kind = 'F' and k.term in " + terms);
        }
        String hql = selects.size() == 1 ? selects.get(0).replace("select k.personId", "select distinct k.personId")
                : String.join(" intersect ", selects);
        TypedQuery<UUID> query = em.createQuery(hql, UUID.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The cases of {@code filtered} (alias {@code r}) that match in a number, the title or the summary, best first
     * ({@link #byWords}).
     */
    public static <E extends RegistryRecord> List<Ranked> cases(EntityManager em, ListQuery<E> filtered, SearchQuery q) {
        return byWords(em, KeyTable.CASES, filtered, q, numberKey(q.text()));
    }

    /**
     * The records of an {@link IndexedType} among those of {@code filtered} (which holds the caller's visibility) that
     * match in their words, best first: the same keys and ranking as a case's title and summary, looked up in
     * {@code record_search_key} under the record's type ({@link #byWords}).
     */
    public static <E extends RegistryRecord> List<Ranked> records(EntityManager em, IndexedType<E> type, ListQuery<E> filtered, SearchQuery q) {
        return byWords(em, KeyTable.of(type), filtered, q, null);
    }

    /**
     * The records of {@code filtered} that match the query in their words (or, for cases, their number), best first.
     * With more than one word, the records of the first word that has at most {@value #KEYS_READ} keys (and the
     * cases with the number) are the candidates ({@link #fewCandidates}): their keys are read and ranked here, so that
     * a rare word beside a common one ("Almaty" in 106 000 cases at a million persons) costs what the rare one costs.
     * Otherwise the candidates' keys among the query's terms are read and ranked here, up to {@value #KEYS_READ} of
     * them; when there are more (a word of most cases' titles, a city's or a court's name in a large registry), the
     * first {@value #MAX_RESULTS} matches are picked in the database instead ({@link #inDatabase}).
     */
    private static <E extends RegistryRecord> List<Ranked> byWords(EntityManager em, KeyTable keys, ListQuery<E> filtered, SearchQuery q,
            String number) {
        Set<String> terms = q.allTerms();
        if (number != null) {
            terms.add(number);
        }
        List<Object[]> rows;
        List<UUID> candidates = q.words().size() > 1 ? fewCandidates(em, keys, q, number) : null;
        if (candidates != null) {
            rows = keysOf(em, keys, filtered, candidates, terms);
        } else {
            ListQuery<E> query = filtered.copy();
            if (q.words().size() > 1) {
                List<String> words = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < q.words().size(); i++) {
                    words.add(keys.has("c" + i, "c" + i + ".term in ?"));
                    values.add(q.words().get(i).terms());
                }
                // exists, tested for the records that the keys below find: PostgreSQL cannot turn an "in" under an "or"
                // into a join, and read all of a common word's cases into a list for each case it tested (a case search
                // for "Almaty" ran into the statement timeout at a million persons)
                if (number == null) {
                    query.where(String.join(" and ", words), values.toArray());
                } else {
                    values.add(0, number);
                    query.where("(" + keys.numbered() + " or (" + String.join(" and ", words) + "))", values.toArray());
                }
            }
            // of one word, every key read is the word's or the number's: a condition that its record has one would be
            // true of each, and PostgreSQL hashed all of a common word's keys to test it ("Almaty": 186 000 sentences'
            // keys, 240 ms, for a statement that reads 1 001)
            rows = keys.only(query.where("k.term in ?", terms), "k")
                    .selectFirst(em, keys.projection("k"), keys.joined("k"), "", Object[].class, KEYS_READ + 1);
            if (rows.size() > KEYS_READ) {
                return inDatabase(em, keys, filtered, q, number);
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        group(rows).forEach((id, found) -> {
            Ranked match = number == null ? matchWords(id, found, q) : matchCase(id, found, q, number);
            if (match != null) {
                ranked.add(match);
            }
        });
        return best(ranked);
    }

    /**
     * The keys among {@code terms} of those of the candidates that {@code filtered} keeps, as (id, kind, term), read
     * {@value #CANDIDATES_PER_QUERY} candidates a statement.
     */
    private static <E extends RegistryRecord> List<Object[]> keysOf(EntityManager em, KeyTable keys, ListQuery<E> filtered,
            List<UUID> candidates, Set<String> terms) {
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += CANDIDATES_PER_QUERY) {
            List<UUID> chunk = candidates.subList(from, Math.min(candidates.size(), from + CANDIDATES_PER_QUERY));
            rows.addAll(keys.only(filtered.copy().where("r.id in ?", chunk).where("k.term in ?", terms), "k")
                    .select(em, keys.projection("k"), keys.joined("k"), "", Object[].class));
        }
        return rows;
    }

    /**
     * The ids of the records with a key of the first word of the query that has at most {@value #KEYS_READ} keys, and
     * of the cases with the query as their number (at most as many): every record that can match, whatever the list's
     * filters, which the caller applies. {@code null} when every word, or the number, has more keys. Each lookup reads
     * at most {@value #KEYS_READ} + 1 entries of the index on the term.
     */
    private static List<UUID> fewCandidates(EntityManager em, KeyTable keys, SearchQuery q, String number) {
        Set<UUID> candidates = null;
        for (SearchQuery.Word word : q.words()) {
            List<UUID> found = keys.recordsWith(em, "k.term in :key", word.terms(), KEYS_READ + 1);
            if (found.size() <= KEYS_READ) {
                candidates = new LinkedHashSet<>(found);
                break;
            }
        }
        if (candidates != null && number != null) {
            List<UUID> numbered = keys.recordsWith(em, "k.kind = 'N' and k.term = :key", number, KEYS_READ + 1);
            if (numbered.size() > KEYS_READ) {
                return null;
            }
            candidates.addAll(numbered);
        }
        return candidates == null ? null : new ArrayList<>(candidates);
    }

    /**
     * The first {@value #MAX_RESULTS} records of {@code filtered} that match, in {@link Ranked#ORDER}, picked in the
     * database, one statement per tier of {@link #matchCase} in the order of the ids: the number (cases only), then
     * every word in a short field (T) as written, then every word there in another form, then every word in a short
     * field or a long text (U). A short field keeps each word as written and folded, and a long text folded, so a word
     * as written is also there folded. Each tier walks the records of one key along the index on the term, in the
     * order of their ids: the number's, or the first word's folded key in a short field (and for the last tier also
     * the one in a long text, for the records without it in a short field); it tests each record there against the
     * list's filters and the other keys, and stops at the last match wanted.
     */
    private static <E extends RegistryRecord> List<Ranked> inDatabase(EntityManager em, KeyTable keys, ListQuery<E> filtered, SearchQuery q,
            String number) {
        List<SearchQuery.Word> words = q.words();
        List<String> asWritten = new ArrayList<>();
        List<String> inTitle = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            asWritten.add(keys.hasKind("w" + i, "T"));
            inTitle.add(keys.hasKind("t" + i, "T"));
            anywhere.add(keys.has("a" + i, "a" + i + ".kind in ('T', 'U') and a" + i + ".term = ?"));
        }
        Object[] plain = words.stream().map(SearchQuery.Word::plain).toArray();
        Object[] folded = words.stream().map(SearchQuery.Word::folded).toArray();
        String first = words.get(0).folded();
        List<Ranked> ranked = new ArrayList<>();
        ListQuery<E> unnumbered = filtered;
        if (number != null) {
            walk(em, keys, filtered, "N", number, MAX_RESULTS).forEach(id -> ranked.add(new Ranked(id, Match.EXACT_NAME.base, Match.EXACT_NAME, null)));
            unnumbered = filtered.copy().where("not " + keys.numbered(), number);
        }
        if (ranked.size() < MAX_RESULTS) {
            ListQuery<E> exact = unnumbered.copy().where(String.join(" and ", asWritten), plain);
            add(ranked, Match.EXACT_WORD, walk(em, keys, exact, "T", first, MAX_RESULTS - ranked.size()));
        }
        if (ranked.size() < MAX_RESULTS) {
            ListQuery<E> variant = unnumbered.copy().where(String.join(" and ", inTitle), folded)
                    .where("not (" + String.join(" and ", asWritten) + ")", plain);
            add(ranked, Match.VARIANT, walk(em, keys, variant, "T", first, MAX_RESULTS - ranked.size()));
        }
        if (ranked.size() < MAX_RESULTS) {
            // the first word is in a short field, or only in a long text: two walks, merged in the order of the ids
            ListQuery<E> summary = unnumbered.copy().where(String.join(" and ", anywhere), folded)
                    .where("not (" + String.join(" and ", inTitle) + ")", folded);
            int wanted = MAX_RESULTS - ranked.size();
            List<Ranked> found = new ArrayList<>();
            add(found, Match.SUMMARY, walk(em, keys, summary, "T", first, wanted));
            add(found, Match.SUMMARY, walk(em, keys, summary.copy().where("not " + keys.hasKind("x", "T"), first),
                    "U", first, wanted));
            found.sort(Ranked.ORDER);
            ranked.addAll(found.subList(0, Math.min(wanted, found.size())));
        }
        return ranked;
    }

    /**
     * The first {@code max} records of {@code query} with the key of this kind and term, in the order of the ids: a walk
     * along the index on the term, which holds one term's records in that order (for cases, those of one term and kind:
     * the index on (term, kind, case)).
     */
    private static <E extends RegistryRecord> List<UUID> walk(EntityManager em, KeyTable keys, ListQuery<E> query, String kind, String term,
            int max) {
        return keys.only(query.copy().where("f.kind = ? and f.term = ?", kind, term), "f")
                .selectFirst(em, "f." + keys.id(), keys.joined("f"), "order by f." + keys.id(), UUID.class, max);
    }

    private static void add(List<Ranked> ranked, Match how, List<UUID> ids) {
        ids.forEach(id -> ranked.add(new Ranked(id, how.base, how, null)));
    }

    /**
     * A table of search keys in JPQL: its entity, the field of the record's id, and the record type its keys are
     * restricted to ({@code null} for persons and cases, which have tables of their own).
     */
    private record KeyTable(String entity, String id, String recordType) {

        static final KeyTable PERSONS = new KeyTable("PersonSearchKey", "personId", null);
        static final KeyTable CASES = new KeyTable("CaseSearchKey", "caseId", null);

        static KeyTable of(IndexedType<?> type) {
            return new KeyTable("RecordSearchKey", "recordId", type.type().name());
        }

        /**
         * The record {@code r} has a key that {@code condition} (on {@code alias}) describes. {@code exists} rather
         * than {@code in (select …)}: see {@link #byWords}. The record type is the name of one of {@link IndexedType}'s
         * constants, never the caller's text.
         */
        String has(String alias, String condition) {
            return "exists (select 1 from " + entity + " " + alias + " where " + alias + "." + id + " = r.id"
                    + (recordType == null ? "" : " and " + alias + ".recordType = '" + recordType + "'") + " and " + condition + ")";
        }

        /**
         * The record {@code r} has a key of this kind (one of the constants of the key tables) with the term that
         * {@code ?} stands for. {@code exists} rather than {@code in}: PostgreSQL estimates how many records an
         * {@code exists} leaves from the keys' statistics, and a {@code not in} as half of them, which made it read all
         * of a common name's persons to sort them.
         */
        String hasKind(String alias, String kind) {
            return has(alias, alias + ".kind = '" + kind + "' and " + alias + ".term = ?");
        }

        /** The case {@code r} has the number that {@code ?} stands for. */
        String numbered() {
            return hasKind("n", "N");
        }

        /** The record's id, and the key's kind and term, of the keys under {@code alias}. */
        String projection(String alias) {
            return alias + "." + id + ", " + alias + ".kind, " + alias + ".term";
        }

        /**
         * The records of the first {@code max} keys (in no particular order) that {@code condition} (on {@code k}, with
         * {@code :key} for {@code key}) describes, whatever record they belong to: candidates, not results.
         */
        List<UUID> recordsWith(EntityManager em, String condition, Object key, int max) {
            TypedQuery<UUID> query = em.createQuery("select k." + id + " from " + entity + " k where " + condition
                    + (recordType == null ? "" : " and k.recordType = :type"), UUID.class).setParameter("key", key).setMaxResults(max);
            if (recordType != null) {
                query.setParameter("type", recordType);
            }
            return query.getResultList();
        }

        /** The join of {@code r} with its keys under {@code alias}. */
        String joined(String alias) {
            return "join " + entity + " " + alias + " on " + alias + "." + id + " = r.id";
        }

        /** {@code query} with only the keys under {@code alias} of this table's record type. */
        <E extends RegistryRecord> ListQuery<E> only(ListQuery<E> query, String alias) {
            return recordType == null ? query : query.where(alias + ".recordType = ?", recordType);
        }
    }

    /** A case number as a key: its Latin form without spaces ("1-456/2021", "№ 1-456 / 2021" → "no1-456/2021"). */
    public static String numberKey(String number) {
        return SearchText.latin(number).replaceAll("\\s+", "");
    }

    /** How a person with these keys matches, {@code null} if not. */
    static Ranked matchPerson(UUID id, Keys keys, SearchQuery q) {
        if (keys.of("N").contains(q.phrase())) {
            return new Ranked(id, Match.EXACT_NAME.base, Match.EXACT_NAME, q.phrase());
        }
        Match worst = Match.EXACT_WORD;
        int typos = 0;
        for (SearchQuery.Word word : q.words()) {
            if (keys.of("P").contains(word.plain())) {
                continue;
            }
            if (keys.of("F").contains(word.folded())) {
                worst = worst == Match.FUZZY ? worst : Match.VARIANT;
                continue;
            }
            int limit = SearchText.maxTypos(word.folded().length());
            int best = limit + 1;
            for (String folded : keys.of("F")) {
                best = Math.min(best, SearchText.distance(word.folded(), folded, limit));
            }
            if (best > limit) {
                return null;
            }
            worst = Match.FUZZY;
            typos += best;
        }
        return new Ranked(id, worst.base + typos, worst, null);
    }

    static Ranked matchCase(UUID id, Keys keys, SearchQuery q, String number) {
        if (keys.of("N").contains(number)) {
            return new Ranked(id, Match.EXACT_NAME.base, Match.EXACT_NAME, null);
        }
        return matchWords(id, keys, q);
    }

    /**
     * Every word of the query is a word of a short field (T) as written ({@code EXACT_WORD}) or in another spelling
     * ({@code VARIANT}), or of a long text (U, {@code SUMMARY}); the worst word decides.
     */
    static Ranked matchWords(UUID id, Keys keys, SearchQuery q) {
        Match worst = Match.EXACT_WORD;
        for (SearchQuery.Word word : q.words()) {
            if (keys.of("T").contains(word.plain())) {
                continue;
            }
            if (keys.of("T").contains(word.folded())) {
                worst = worst == Match.SUMMARY ? worst : Match.VARIANT;
            } else if (keys.of("U").contains(word.folded())) {
                worst = Match.SUMMARY;
            } else {
                return null;
            }
        }
        return new Ranked(id, worst.base, worst, null);
    }

    private static List<Ranked> best(List<Ranked> ranked) {
        ranked.sort(Ranked.ORDER);
        return ranked.size() > MAX_RESULTS ? List.copyOf(ranked.subList(0, MAX_RESULTS)) : ranked;
    }

    private static Map<UUID, Keys> group(List<Object[]> rows) {
        Map<UUID, Keys> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((UUID) row[0], id -> new Keys()).add((String) row[1], (String) row[2]);
        }
        return grouped;
    }

    /** The keys of one record, by kind. */
    static final class Keys {
        private final Map<String, Set<String>> byKind = new HashMap<>();

        void add(String kind, String term) {
            byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(term);
        }

        Set<String> of(String kind) {
            return byKind.getOrDefault(kind, Set.of());
        }
    }
}
