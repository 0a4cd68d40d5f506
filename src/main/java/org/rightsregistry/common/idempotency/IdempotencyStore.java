package org.rightsregistry.common.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The table of idempotency keys: each key's request fingerprint and the response of the create it made. */
@ApplicationScoped
public class IdempotencyStore {

    static final Duration WINDOW = Duration.ofHours(24);

    record Stored(String fingerprint, String etag, String response) {
    }

    private final EntityManager em;

    public IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    /** The stored response of a key used within the last 24 hours; older keys are forgotten. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> find(String caller, String key) {
        List<?> rows = em.createNativeQuery("select fingerprint, created_at, etag, response from idempotency_key "
                        + "where caller = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (instant(row[1]).isBefore(Instant.now().minus(WINDOW))) {
            em.createNativeQuery("delete from idempotency_key where caller = ?1 and idem_key = ?2")
                    .setParameter(1, caller).setParameter(2, key).executeUpdate();
            return Optional.empty();
        }
        return Optional.of(new Stored((String) row[0], (String) row[2], (String) row[3]));
    }

    /**
     * Claims the key and runs the create in one transaction: a concurrent request with the same key waits on the
     * claim and then fails on the key's uniqueness, and nothing of the loser is kept. A create that fails leaves no
     * claim, so a retry runs again.
     */
    @Transactional
    public <T> T claimAndRun(String caller, String key, String fingerprint, Supplier<T> create,
            java.util.function.Function<T, String[]> stored) {
        em.createNativeQuery("insert into idempotency_key (caller, idem_key, fingerprint, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, OffsetDateTime.now()).executeUpdate();
        T result = create.get();
        String[] response = stored.apply(result);
        em.createNativeQuery("update idempotency_key set record_id = ?1, etag = ?2, response = ?3 where caller = ?4 and idem_key = ?5")
                .setParameter(1, UUID.fromString(response[0])).setParameter(2, response[1]).setParameter(3, response[2])
                .setParameter(4, caller).setParameter(5, key).executeUpdate();
        return result;
    }

    /** Forgets keys older than the window; called now and then so the table stays small. */
    @Transactional
    public int purge() {
        return em.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(WINDOW)).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
