package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.person.Person;

/**
 * Fills in search keys at start, of persons, cases and every {@link IndexedType}: a migration cannot run Java, so
 * records written before keys existed (or by an import into the database) get theirs here, and all keys are
 * recomputed once when {@link SearchIndex#VERSION} changes. Works in transactions of {@value #BATCH} records.
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
        try {
            boolean all = !SearchIndex.VERSION.equals(QuarkusTransaction.requiringNew().call(this::storedVersion));
            List<UUID> persons = QuarkusTransaction.requiringNew().call(() -> missing("Person", "PersonSearchKey", "personId", all));
            List<UUID> cases = QuarkusTransaction.requiringNew().call(() -> missing("CourtCase", "CaseSearchKey", "caseId", all));
            inBatches(persons, batch -> em.createQuery("from Person where id in :ids", Person.class)
                    .setParameter("ids", batch).getResultList().forEach(index::person));
            inBatches(cases, batch -> em.createQuery("from CourtCase where id in :ids", CourtCase.class)
                    .setParameter("ids", batch).getResultList().forEach(index::courtCase));
            List<String> counts = new ArrayList<>();
            for (IndexedType<?> type : IndexedType.ALL) {
                List<UUID> records = QuarkusTransaction.requiringNew().call(() -> missingRecords(type, all));
                inBatches(records, batch -> em.createQuery("select r from " + type.entityName() + " r where r.id in :ids", type.entity())
                        .setParameter("ids", batch).getResultList().forEach(index::update));
                if (!records.isEmpty()) {
                    counts.add(records.size() + " " + type.type().name().toLowerCase(Locale.ROOT) + "s");
                }
            }
            QuarkusTransaction.requiringNew().run(this::storeVersion);
            if (!persons.isEmpty() || !cases.isEmpty() || !counts.isEmpty()) {
                LOG.infof("Computed search keys of %d persons and %d cases%s", persons.size(), cases.size(),
                        counts.isEmpty() ? "" : ", and of " + String.join(", ", counts));
            }
        } catch (RuntimeException e) {
            LOG.warn("Search keys were not filled in at start (another instance may be doing it)", e);
        }
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
