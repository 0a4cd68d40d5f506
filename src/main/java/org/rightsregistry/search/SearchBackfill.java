package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.person.Person;

/**
 * Fills in search keys after start, of persons, cases and every {@link IndexedType}: a migration cannot run Java, so
 * records written before keys existed (or by an import into the database) get theirs here, and all keys are
 * recomputed once when {@link SearchIndex#VERSION} changes. It runs in the background, so that the application is
 * ready at once whatever the size of the registry (looking for records without keys reads every record): until it
 * is done, such records are missing from search results, and only they. Once, it also adds the words of the names of
 * persons written before {@code person_search_word} existed (until then a typo may miss them). Works in transactions
 * of {@value #BATCH} records, each of which locks its records and takes only those still without keys (or, when all
 * are recomputed, reads them after any write in progress), so a write the API makes meanwhile is never overwritten
 * with keys of an older state. At shutdown it stops between two transactions (what it wrote is kept; the next start
 * goes on from there), so that it never runs into a database or transaction manager that is shutting down.
 */
@ApplicationScoped
public class SearchBackfill {

    static final String MARKER = "search-keys-version";
    /** Set once {@code person_search_word} holds the words of every person's names. */
    static final String WORDS_MARKER = "search-words-version";
    static final int BATCH = 200;
    /** Ids read at a time while looking for records without keys. */
    static final int SLICE = 5000;
    /** How long shutdown waits for the transaction under way to end (a batch takes milliseconds). */
    static final long STOP_WAIT_MILLIS = 5000;
    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);

    private final EntityManager em;
    private final SearchIndex index;
    private final int slice;
    private volatile boolean stopping;
    private volatile Thread worker;

    @Inject
    public SearchBackfill(EntityManager em, SearchIndex index) {
        this(em, index, SLICE);
    }

    /** With another number of ids read at a time (a test reads a few, to cross many slices). */
    SearchBackfill(EntityManager em, SearchIndex index, int slice) {
        this.em = em;
        this.index = index;
        this.slice = slice;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::fill, "search-backfill");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Asks the backfill to stop before its next transaction, and waits (a while) for the one under way to end. */
    void stop() {
        stopping = true;
        Thread thread = worker;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Thrown between two transactions once the backfill is asked to stop. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new Stopped();
        }
    }

    /** Fills in what is missing now, in the calling thread. */
    void fill() {
        try {
            boolean all = !SearchIndex.VERSION.equals(QuarkusTransaction.requiringNew().call(() -> stored(MARKER)));
            // computing a person's keys adds the words of their names too; otherwise those written before the words were
            // kept are added from their keys once
            boolean words = !all && !SearchIndex.VERSION.equals(QuarkusTransaction.requiringNew().call(() -> stored(WORDS_MARKER)));
            int persons = scan("Person", all ? "" : "not exists (select 1 from PersonSearchKey k where k.personId = r.id)",
                    batch -> locked(Person.class, "Person", batch, all ? null : "PersonSearchKey k where k.personId = r.id")
                            .forEach(index::person));
            int cases = scan("CourtCase", all ? "" : "not exists (select 1 from CaseSearchKey k where k.caseId = r.id)",
                    batch -> locked(CourtCase.class, "CourtCase", batch, all ? null : "CaseSearchKey k where k.caseId = r.id")
                            .forEach(index::courtCase));
            if (words) {
                int named = scan("Person", "", batch -> index.addWords(em.createQuery("select distinct k.term from PersonSearchKey k "
                        + "where k.personId in :ids and k.kind = 'F'", String.class).setParameter("ids", batch).getResultList()));
                LOG.infof("Added the words of the names of %d persons for searches with typos", named);
            }
            List<String> counts = new ArrayList<>();
            for (IndexedType<?> type : IndexedType.ALL) {
                String keys = "RecordSearchKey k where k.recordType = '" + type.type().name() + "' and k.recordId = r.id";
                int records = scan(type.entityName(), type.indexable() + (all ? "" : " and not exists (select 1 from " + keys + ")"),
                        batch -> locked(type.entity(), type.entityName(), batch, all ? null : keys).forEach(index::update));
                if (records > 0) {
                    counts.add(records + " " + type.type().name().toLowerCase(Locale.ROOT) + "s");
                }
            }
            checkNotStopping();
            QuarkusTransaction.requiringNew().run(() -> store(MARKER));
            QuarkusTransaction.requiringNew().run(() -> store(WORDS_MARKER));
            if (persons > 0 || cases > 0 || !counts.isEmpty()) {
                LOG.infof("Computed search keys of %d persons and %d cases%s", persons, cases,
                        counts.isEmpty() ? "" : ", and of " + String.join(", ", counts));
            }
            LOG.info("Search keys are complete"); // what operators and the benchmark wait for after start
        } catch (Stopped e) {
            LOG.info("Search keys: stopped by shutdown before they were complete; the next start goes on");
        } catch (RuntimeException e) {
            LOG.warn("Search keys were not filled in at start (another instance may be doing it)", e);
        }
    }

    /**
     * Finds the records of an entity that meet a condition on {@code r} and hands them to the work in batches of
     * {@value #BATCH}, one transaction each; returns how many there were. The table is read a slice of {@value #SLICE}
     * ids at a time in id order, so that no statement reads a whole table (at a million records one would run into the
     * statement timeout) and no more than a slice of ids is held at once. Each slice is bounded by its last id, which
     * one statement reads from the primary key's index; a second reads the slice's matching ids between the bounds.
     * (Matching the slice's ids as a list of {@value #SLICE} parameters made Hibernate translate a query of that many
     * parameters for every slice: at a million persons the backfill took over two minutes after each start with nothing
     * to fill in.)
     */
    private int scan(String entity, String condition, Consumer<List<UUID>> work) {
        int found = 0;
        UUID after = null;
        while (true) {
            checkNotStopping();
            UUID from = after;
            UUID last = QuarkusTransaction.requiringNew().call(() -> lastOfSlice(entity, from));
            List<UUID> matching = QuarkusTransaction.requiringNew().call(() -> {
                List<String> bounds = new ArrayList<>();
                if (from != null) {
                    bounds.add("r.id > :after");
                }
                if (last != null) {
                    bounds.add("r.id <= :last");
                }
                if (!condition.isEmpty()) {
                    bounds.add(condition);
                }
                String where = bounds.isEmpty() ? "" : " where " + String.join(" and ", bounds);
                var query = em.createQuery("select r.id from " + entity + " r" + where + " order by r.id", UUID.class);
                if (from != null) {
                    query.setParameter("after", from);
                }
                if (last != null) {
                    query.setParameter("last", last);
                }
                return query.getResultList();
            });
            inBatches(matching, work);
            found += matching.size();
            if (last == null) {
                return found;
            }
            after = last;
        }
    }

    /** The id of the last record of the slice after {@code after} (null: the start), or null when fewer records are left. */
    private UUID lastOfSlice(String entity, UUID after) {
        var query = em.createQuery("select r.id from " + entity + " r" + (after == null ? "" : " where r.id > :after") + " order by r.id",
                UUID.class).setFirstResult(slice - 1).setMaxResults(1);
        if (after != null) {
            query.setParameter("after", after);
        }
        List<UUID> ids = query.getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * The records with these ids, locked until the transaction ends (a write in progress on one is waited for); with
     * {@code keys} (the keys' entity and the condition that ties them to {@code r}), only those that still have none.
     */
    private <E> List<E> locked(Class<E> entity, String name, List<UUID> ids, String keys) {
        String unkeyed = keys == null ? "" : " and not exists (select 1 from " + keys + ")";
        return em.createQuery("select r from " + name + " r where r.id in :ids" + unkeyed, entity).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private void inBatches(List<UUID> ids, Consumer<List<UUID>> work) {
        for (int i = 0; i < ids.size(); i += BATCH) {
            checkNotStopping();
            List<UUID> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            QuarkusTransaction.requiringNew().run(() -> work.accept(batch));
        }
    }

    private String stored(String marker) {
        List<?> rows = em.createNativeQuery("select meta_value from registry_meta where meta_key = ?1")
                .setParameter(1, marker).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private void store(String marker) {
        em.createNativeQuery("delete from registry_meta where meta_key = ?1").setParameter(1, marker).executeUpdate();
        em.createNativeQuery("insert into registry_meta (meta_key, meta_value) values (?1, ?2)")
                .setParameter(1, marker).setParameter(2, SearchIndex.VERSION).executeUpdate();
    }
}
