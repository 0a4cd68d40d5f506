package org.rightsregistry.search;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.rightsregistry.cases.CaseNumber;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.person.Person;
import org.rightsregistry.person.PersonName;

/**
 * Writes the search keys of a person or a case: called by the services after each write, and at start for records
 * that have none. The keys of one record are replaced as a whole, in one batch.
 */
@ApplicationScoped
public class SearchIndex {

    /** Grows whenever the rules that compute keys change, so that existing keys are recomputed at the next start. */
    public static final String VERSION = "1";
    private static final int MAX_TERM = 500;

    private final EntityManager em;

    public SearchIndex(EntityManager em) {
        this.em = em;
    }

    public void person(Person person) {
        List<String> names = new ArrayList<>();
        names.add(person.getFullName());
        person.getNames().stream().map(PersonName::getName).forEach(names::add);
        write("person_search_key", "person_id", person.getId(), personKeys(names));
    }

    public void courtCase(CourtCase courtCase) {
        List<String> numbers = courtCase.getCaseNumbers().stream().map(CaseNumber::getNumber).toList();
        write("case_search_key", "case_id", courtCase.getId(), caseKeys(courtCase.getTitle(), numbers, courtCase.getSummary()));
    }

    /** The keys of a person's names: each whole name (N), and each word plain (P), folded (F) and by its typo keys (S). */
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
                SearchText.typoKeys(folded).forEach(k -> keys.add(new Key("S", k)));
            }
        }
        return keys;
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

    private void write(String table, String column, UUID id, Set<Key> keys) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where " + column + " = ?")) {
                delete.setObject(1, id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + table + " (" + column + ", kind, term) values (?, ?, ?)")) {
                for (Key key : keys) {
                    if (key.term().isEmpty() || key.term().length() > MAX_TERM) {
                        continue;
                    }
                    insert.setObject(1, id);
                    insert.setString(2, key.kind());
                    insert.setString(3, key.term());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    record Key(String kind, String term) {
    }
}
