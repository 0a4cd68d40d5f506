package org.rightsregistry.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.rightsregistry.cases.CaseNumber;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.common.record.WriteBatch;
import org.rightsregistry.person.Person;
import org.rightsregistry.person.PersonName;

/**
 * Writes the search keys of a record: called by the services after each write (and delete, for the types whose keys
 * have no foreign key), and at start for records that have none. The keys of one record are replaced as a whole, in
 * one batch.
 */
@ApplicationScoped
public class SearchIndex {

    /** Grows whenever the rules that compute keys change, so that existing keys are recomputed at the next start. */
    public static final String VERSION = "2";
    private static final int MAX_TERM = 500;
    private static final int DELETE_CHUNK = 100;
    private static final String[] RECORD_KEY = {"record_type", "record_id"};

    private final EntityManager em;
    private final WriteBatch batch;

    public SearchIndex(EntityManager em, WriteBatch batch) {
        this.em = em;
        this.batch = batch;
    }

    public void person(Person person) {
        List<String> names = new ArrayList<>();
        names.add(person.getFullName());
        person.getNames().stream().map(PersonName::getName).forEach(names::add);
        write("person_search_key", new String[] {"person_id"}, new Object[] {person.getId()}, personKeys(names));
        addWords(foldedWords(names));
    }

    /**
     * Adds folded words of names to those a search with typos looks up (inside a write batch: at its checkpoint); the
     * backfill adds those of persons written before they were kept.
     */
    public void addWords(Collection<String> folded) {
        Pending pending = batch.part(Pending.class, Pending::new);
        if (pending != null) {
            pending.words.addAll(folded);
            return;
        }
        insertWords(folded);
    }

    public void courtCase(CourtCase courtCase) {
        List<String> numbers = courtCase.getCaseNumbers().stream().map(CaseNumber::getNumber).toList();
        write("case_search_key", new String[] {"case_id"}, new Object[] {courtCase.getId()},
                caseKeys(courtCase.getTitle(), numbers, courtCase.getSummary()));
    }

    /** The keys of a charge, sentence, appeal or source ({@link IndexedType}), after it was created or changed. */
    public void update(RegistryRecord record) {
        IndexedType<?> type = IndexedType.of(record);
        write("record_search_key", RECORD_KEY, new Object[] {type.type().name(), record.getId()}, recordKeys(type.fieldsOf(record)));
    }

    /** Removes the keys of a charge, sentence, appeal or source that is being deleted. */
    public void remove(RegistryRecord record) {
        IndexedType<?> type = IndexedType.of(record);
        write("record_search_key", RECORD_KEY, new Object[] {type.type().name(), record.getId()}, Set.of());
    }

    /** The keys of a person's names: each whole name (N), and each word plain (P) and folded (F). */
    static Set<Key> personKeys(List<String> names) {
        Set<Key> keys = new LinkedHashSet<>();
        for (String name : names) {
            List<String> tokens = SearchText.tokens(name);
            if (tokens.isEmpty()) {
                continue;
            }
            keys.add(new Key("N", String.join(" ", tokens)));
            for (String token : tokens) {
                String folded = SearchText.fold(token);
                keys.add(new Key("P", token));
                keys.add(new Key("F", folded));
            }
        }
        return keys;
    }

    /** The folded words of names. */
    static Set<String> foldedWords(List<String> names) {
        Set<String> words = new TreeSet<>();
        names.forEach(name -> SearchText.tokens(name).forEach(token -> words.add(SearchText.fold(token))));
        return words;
    }

    /** The keys of a case: each number whole (N), the words of the title and numbers plain and folded (T), of the summary folded (U). */
    static Set<Key> caseKeys(String title, List<String> numbers, String summary) {
        Set<Key> keys = new LinkedHashSet<>();
        List<String> words = new ArrayList<>(SearchText.tokens(title));
        for (String number : numbers) {
            keys.add(new Key("N", Ranking.numberKey(number)));
            words.addAll(SearchText.tokens(number));
        }
        for (String word : words) {
            keys.add(new Key("T", word));
            keys.add(new Key("T", SearchText.fold(word)));
        }
        for (String word : SearchText.tokens(summary)) {
            keys.add(new Key("U", SearchText.fold(word)));
        }
        return keys;
    }

    /**
     * The keys of searched fields: each word of a short field plain and folded (T, as a case's title), each word of a
     * long text folded (U, as a case's summary).
     */
    static Set<Key> recordKeys(List<IndexedType.Field> fields) {
        Set<Key> keys = new LinkedHashSet<>();
        for (IndexedType.Field field : fields) {
            for (String word : SearchText.tokens(field.text())) {
                if (!field.longText()) {
                    keys.add(new Key("T", word));
                }
                keys.add(new Key(field.longText() ? "U" : "T", SearchText.fold(word)));
            }
        }
        return keys;
    }

    /** The keys of one record, to replace those it has: its table, key columns and their values. */
    private record Entry(String table, String[] idColumns, Object[] ids, Set<Key> keys) {
        String record() {
            return table + ":" + Arrays.toString(ids);
        }
    }

    /** Replaces the keys of the record whose key columns have these values (inside a write batch: at its checkpoint). */
    private void write(String table, String[] idColumns, Object[] ids, Set<Key> keys) {
        Entry entry = new Entry(table, idColumns, ids, keys);
        Pending pending = batch.part(Pending.class, Pending::new);
        if (pending != null) {
            pending.entries.put(entry.record(), entry); // the record's last keys win
            return;
        }
        em.flush();
        write(List.of(entry));
    }

    /** The keys a write batch keeps until its checkpoint, the last of each record, and the words of names. */
    private final class Pending implements WriteBatch.Part {
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Set<String> words = new TreeSet<>();

        @Override
        public void write() {
            SearchIndex.this.write(List.copyOf(entries.values()));
            insertWords(words);
            entries.clear();
            words.clear();
        }
    }

    /**
     * Adds the words that {@code person_search_word} does not hold yet, each under its {@link SearchText#deletions}:
     * one statement finds which are new (most words of most names are not), one JDBC batch inserts theirs, in order
     * and leaving a row already there as it is, so that two transactions adding the same new word wait for each other
     * in the same order, never in a cycle.
     */
    private void insertWords(Collection<String> folded) {
        List<String> words = folded.stream().filter(w -> !w.isEmpty() && w.length() <= MAX_TERM).distinct().sorted().toList();
        if (words.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            Set<String> known = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select distinct word from person_search_word where word in (" + "?, ".repeat(words.size() - 1) + "?)")) {
                for (int i = 0; i < words.size(); i++) {
                    select.setString(i + 1, words.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
            Set<Word> rows = wordRows(words.stream().filter(w -> !known.contains(w)).toList());
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into person_search_word (deletion, word) values (?, ?) on conflict do nothing")) {
                for (Word row : rows) {
                    insert.setString(1, row.deletion());
                    insert.setString(2, row.word());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The rows of {@code person_search_word} for these folded words: each under each of its deletions, in order. */
    static Set<Word> wordRows(Collection<String> folded) {
        Set<Word> rows = new TreeSet<>();
        folded.stream().filter(w -> !w.isEmpty() && w.length() <= MAX_TERM)
                .forEach(w -> SearchText.deletions(w).forEach(d -> rows.add(new Word(d, w))));
        return rows;
    }

    /**
     * Replaces the keys of the records: per table, one delete for up to {@value #DELETE_CHUNK} records (their ids in one
     * {@code in} list, under the same leading key columns) and one JDBC batch of inserts.
     */
    private void write(List<Entry> entries) {
        Map<String, List<Entry>> byTable = new LinkedHashMap<>();
        entries.forEach(e -> byTable.computeIfAbsent(e.table() + ":" + e.idColumns().length, t -> new ArrayList<>()).add(e));
        em.unwrap(Session.class).doWork(connection -> {
            for (List<Entry> group : byTable.values()) {
                Entry first = group.get(0);
                String columns = String.join(", ", first.idColumns());
                String marks = "?, ".repeat(first.idColumns().length);
                for (List<Entry> same : byLeadingIds(group).values()) {
                    for (int from = 0; from < same.size(); from += DELETE_CHUNK) {
                        delete(connection, same.subList(from, Math.min(same.size(), from + DELETE_CHUNK)));
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into " + first.table() + " (" + columns + ", kind, term) values (" + marks + "?, ?)")) {
                    int rows = 0;
                    for (Entry entry : group) {
                        for (Key key : entry.keys()) {
                            if (key.term().isEmpty() || key.term().length() > MAX_TERM) {
                                continue;
                            }
                            for (int i = 0; i < entry.ids().length; i++) {
                                insert.setObject(i + 1, entry.ids()[i]);
                            }
                            insert.setString(entry.ids().length + 1, key.kind());
                            insert.setString(entry.ids().length + 2, key.term());
                            insert.addBatch();
                            rows++;
                        }
                    }
                    if (rows > 0) {
                        insert.executeBatch();
                    }
                }
            }
        });
    }

    /** The entries grouped by the values of their key columns but the last (for {@code record_search_key}: the type), in order. */
    private static Map<List<Object>, List<Entry>> byLeadingIds(List<Entry> group) {
        Map<List<Object>, List<Entry>> byLeading = new LinkedHashMap<>();
        for (Entry entry : group) {
            List<Object> leading = Arrays.asList(entry.ids()).subList(0, entry.ids().length - 1);
            byLeading.computeIfAbsent(leading, l -> new ArrayList<>()).add(entry);
        }
        return byLeading;
    }

    /** Deletes the keys of records that share their leading key values, in one statement. */
    private static void delete(Connection connection, List<Entry> records) throws SQLException {
        Entry first = records.get(0);
        String[] columns = first.idColumns();
        StringBuilder sql = new StringBuilder("delete from ").append(first.table()).append(" where ");
        for (int i = 0; i < columns.length - 1; i++) {
            sql.append(columns[i]).append(" = ? and ");
        }
        sql.append(columns[columns.length - 1]).append(" in (").append("?, ".repeat(records.size() - 1)).append("?)");
        try (PreparedStatement delete = connection.prepareStatement(sql.toString())) {
            int parameter = 1;
            for (int i = 0; i < columns.length - 1; i++) {
                delete.setObject(parameter++, first.ids()[i]);
            }
            for (Entry record : records) {
                delete.setObject(parameter++, record.ids()[columns.length - 1]);
            }
            delete.executeUpdate();
        }
    }

    record Key(String kind, String term) {
    }

    /** A row of {@code person_search_word}: a folded word of a name under one of its deletions. */
    record Word(String deletion, String word) implements Comparable<Word> {
        private static final Comparator<Word> ORDER = Comparator.comparing(Word::deletion).thenComparing(Word::word);

        @Override
        public int compareTo(Word other) {
            return ORDER.compare(this, other);
        }
    }
}
