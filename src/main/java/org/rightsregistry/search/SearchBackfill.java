package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.person.Person;

/**
 * Fills in search keys after start, of persons, cases and every {@link IndexedType}: a migration cannot run Java, so
 * records written before keys existed (or by an import into the database) get theirs here, and all keys are
 * recomputed once when {@link SearchIndex#VERSION} changes. It runs in the background, so that the application is
 * ready at once whatever the size of the registry (looking for records without keys reads every record): until it
 * is done, such records are missing from search results, and only they. Works in transactions of {@value #BATCH}
 * records, each of which locks its records and takes only those still without keys (or, when all are recomputed,
 * reads them after any write in progress), so a write the API makes meanwhile is never overwritten with keys of an
 * older state.
 */
@ApplicationScoped
public class SearchBackfill {

    static final String MARKER = "search-keys-version";
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);

    private final EntityManager em;
    private final SearchIndex index;

    public SearchBackfill(EntityManager em, SearchIndex index) {
        this.em = em;
        this.index = index;
    }

    void onStart(@Observes StartupEvent event) {
        Thread worker = new Thread(this::fill, "search-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Fills in what is missing now, in the calling thread. */
    void fill() {
        try {
            boolean all = !SearchIndex.VERSION.equals(QuarkusTransaction.requiringNew().call(this::storedVersion));
            List<UUID> persons = QuarkusTransaction.requiringNew().call(() -> missing("Person", "PersonSearchKey", "personId", all));
            List<UUID> cases = QuarkusTransaction.requiringNew().call(() -> missing("CourtCase", "CaseSearchKey", "caseId", all));
            inBatches(persons, batch -> locked(Person.class, "Person", batch, all ? null : "PersonSearchKey k where k.personId = r.id")
                    .forEach(index::person));
            inBatches(cases, batch -> locked(CourtCase.class, "CourtCase", batch, all ? null : "CaseSearchKey k where k.caseId = r.id")
                    .forEach(index::courtCase));
            List<String> counts = new ArrayList<>();
            for (IndexedType<?> type : IndexedType.ALL) {
                List<UUID> records = QuarkusTransaction.requiringNew().call(() -> missingRecords(type, all));
                String keys = "RecordSearchKey k where k.recordType = '" + type.type().name() + "' and k.recordId = r.id";
                inBatches(records, batch -> locked(type.entity(), type.entityName(), batch, all ? null : keys).forEach(index::update));
                if (!records.isEmpty()) {
                    counts.add(records.size() + " " + type.type().name().toLowerCase(Locale.ROOT) + "s");
                }
            }
            QuarkusTransaction.requiringNew().run(this::storeVersion);
            if (!persons.isEmpty() || !cases.isEmpty() || !counts.isEmpty()) {
                LOG.infof("Computed search keys of %d persons and %d cases%s", persons.size(), cases.size(),
                        counts.isEmpty() ? "" : ", and of " + String.join(", ", counts));
            }
            LOG.info("Search keys are complete"); // what operators and the benchmark wait for after start
        } catch (RuntimeException e) {
            LOG.warn("Search keys were not filled in at start (another instance may be doing it)", e);
        }
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
            List<UUID> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            QuarkusTransaction.requiringNew().run(() -> work.accept(batch));
        }
    }

    /** The records of a type in {@code record_search_key} that have something to search but no keys (or all of them). */
    private List<UUID> missingRecords(IndexedType<?> type, boolean all) {
        String where = " where " + type.indexable() + (all ? ""
                : " and not exists (select 1 from RecordSearchKey k where k.recordType = :type and k.recordId = r.id)");
        var query = em.createQuery("select r.id from " + type.entityName() + " r" + where + " order by r.id", UUID.class);
        if (!all) {
            query.setParameter("type", type.type().name());
        }
        return query.getResultList();
    }

    private String storedVersion() {
        List<?> rows = em.createNativeQuery("select meta_value from registry_meta where meta_key = ?1")
                .setParameter(1, MARKER).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private void storeVersion() {
        em.createNativeQuery("delete from registry_meta where meta_key = ?1").setParameter(1, MARKER).executeUpdate();
        em.createNativeQuery("insert into registry_meta (meta_key, meta_value) values (?1, ?2)")
                .setParameter(1, MARKER).setParameter(2, SearchIndex.VERSION).executeUpdate();
    }

    private List<UUID> missing(String entity, String keyEntity, String keyPath, boolean all) {
        String where = all ? "" : " where not exists (select 1 from " + keyEntity + " k where k." + keyPath + " = r.id)";
        return em.createQuery("select r.id from " + entity + " r" + where + " order by r.id", UUID.class).getResultList();
    }
}
