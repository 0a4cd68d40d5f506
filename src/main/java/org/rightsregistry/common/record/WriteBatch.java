package org.rightsregistry.common.record;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Many writes in one transaction, as an import makes them, written in a few large JDBC batches instead of a few
 * statements each. While a batch is open on the current thread, the services write exactly what they write alone,
 * but: the records are flushed at the batch's checkpoints rather than after each write; history revisions and search
 * keys are kept aside ({@link #part}) and written at each checkpoint by the part that kept them, revisions taking their
 * sequence numbers from the feed clock in one step; and what the batch already knows of record ids (visible to the
 * caller, or not stored at all) answers the services' existence and visibility checks without a query. Outside a batch
 * (every API request but an import) nothing changes.
 */
@ApplicationScoped
public class WriteBatch {

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    private final EntityManager em;

    public WriteBatch(EntityManager em) {
        this.em = em;
    }

    /** Something kept aside by a batch, written at each checkpoint in the order the parts were first used. */
    public interface Part {
        void write();

        /**
         * Whether, in a batch of a few hundred lines run beside others (a brief one, {@link #run(Runnable, boolean)}), the part is
         * written only at the last checkpoint, when the work returns: revisions, which take the change feed's clock
         * and hold it until the transaction ends, so that batches side by side take it in turn as they finish rather
         * than one after the other for their whole length.
         */
        default boolean lastOnly() {
            return false;
        }
    }

    private static final class State {
        final Map<Object, Part> parts = new LinkedHashMap<>();
        final Set<String> visible = new HashSet<>();
        final Set<String> absent = new HashSet<>();
        /** The versions that records changed without a flush will have after the next one ({@link #nextVersion}). */
        final Map<RegistryRecord, Long> expected = new IdentityHashMap<>();
        /** A batch of a few hundred lines: its {@link Part#lastOnly()} parts are written at its end. */
        boolean brief;
    }

    /**
     * Runs the work, in the caller's transaction, as one batch, and writes what it kept aside when it returns; when it
     * throws, nothing is written and the transaction is expected to roll back. Batches do not nest.
     */
    public void run(Runnable work) {
        run(work, false);
    }

    /** {@link #run(Runnable)}; a {@code brief} batch (a few hundred lines) writes its {@link Part#lastOnly()} parts at its end. */
    public void run(Runnable work, boolean brief) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("write batches do not nest");
        }
        State fresh = new State();
        fresh.brief = brief;
        CURRENT.set(fresh);
        try {
            work.run();
            checkpoint(true);
        } finally {
            CURRENT.remove();
        }
    }

    public boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * Writes everything the batch holds: the records, then each part; then lets go of the persistence context, so that
     * a batch of many records stays as cheap as its first. What the batch knows of ids stays true: it is the same
     * transaction.
     */
    public void checkpoint() {
        checkpoint(false);
    }

    private void checkpoint(boolean last) {
        State state = CURRENT.get();
        if (state == null) {
            return;
        }
        em.flush();
        state.expected.forEach((record, version) -> {
            if (record.getVersion() != version) {
                throw new IllegalStateException("a " + record.getClass().getSimpleName() + " was written at version " + record.getVersion()
                        + " where its revision says " + version);
            }
        });
        state.expected.clear();
        for (Part part : state.parts.values()) {
            if (last || !(state.brief && part.lastOnly())) {
                part.write();
            }
        }
        em.flush();
        em.clear();
    }

    /**
     * Inside a batch, for a change about to be made to a record: the version the record will have once the change is
     * flushed. That is its version plus one, told without a flush when the record is stored and unchanged since the
     * last flush (the next checkpoint checks it), else after flushing what is pending, so that it is.
     */
    public long nextVersion(RegistryRecord record) {
        State state = CURRENT.get();
        if (state == null) {
            throw new IllegalStateException("no write batch is open");
        }
        if (!storedAndUnchanged(record)) {
            em.flush();
        }
        long next = record.getVersion() + 1;
        state.expected.put(record, next);
        return next;
    }

    /** Whether the record's row is written and its state, collections included, is what the last flush wrote. */
    private boolean storedAndUnchanged(RegistryRecord record) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(record);
        if (entry == null || entry.getStatus() != Status.MANAGED || !entry.isExistsInDatabase() || entry.getLoadedState() == null) {
            return false;
        }
        EntityPersister persister = entry.getPersister();
        Object[] values = persister.getValues(record);
        for (Object value : values) {
            if (value instanceof PersistentCollection<?> collection ? collection.isDirty()
                    : value instanceof Collection<?> || value instanceof Map<?, ?>) {
                return false; // a collection changed, or replaced by one Hibernate does not track yet
            }
        }
        return persister.findDirty(values, entry.getLoadedState(), record, session) == null;
    }

    /** The batch's part under this key, made on first use; null outside a batch. */
    @SuppressWarnings("unchecked")
    public <P extends Part> P part(Object key, Supplier<P> make) {
        State state = CURRENT.get();
        return state == null ? null : (P) state.parts.computeIfAbsent(key, k -> make.get());
    }

    /** Flushes the persistence context now, unless a batch will at its checkpoint. */
    public void flush() {
        if (CURRENT.get() == null) {
            em.flush();
        }
    }

    /** Whether a record of this entity has this id already: a query, unless the batch knows there is none. */
    public boolean taken(Class<?> entity, UUID id) {
        if (id == null) {
            return false;
        }
        State state = CURRENT.get();
        if (state != null && state.absent.contains(key(entity.getSimpleName(), id))) {
            return false;
        }
        return em.find(entity, id) != null;
    }

    /** The batch learnt that these records exist and the caller sees them (a query, or the caller just wrote them). */
    public void visible(String entity, Collection<UUID> ids) {
        State state = CURRENT.get();
        if (state != null) {
            for (UUID id : ids) {
                state.visible.add(key(entity, id));
                state.absent.remove(key(entity, id));
            }
        }
    }

    /** The record was deleted: the batch no longer knows anything about it. */
    public void forget(String entity, UUID id) {
        State state = CURRENT.get();
        if (state != null) {
            state.visible.remove(key(entity, id));
            state.absent.remove(key(entity, id));
        }
    }

    /** The batch learnt that no record of this entity has these ids (until the batch writes one). */
    public void absent(String entity, Collection<UUID> ids) {
        State state = CURRENT.get();
        if (state != null) {
            ids.forEach(id -> state.absent.add(key(entity, id)));
        }
    }

    /** True, false, or null when the batch does not know whether the caller sees this record. */
    public Boolean sees(String entity, UUID id) {
        State state = CURRENT.get();
        if (state == null || id == null) {
            return null;
        }
        if (state.visible.contains(key(entity, id))) {
            return true;
        }
        return state.absent.contains(key(entity, id)) ? false : null;
    }

    private static String key(String entity, UUID id) {
        return entity + ":" + id;
    }
}
