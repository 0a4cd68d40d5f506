package org.rightsregistry.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.common.record.WriteBatch;
import org.rightsregistry.common.transaction.ReadOnly;
import org.rightsregistry.security.Clearance;

/**
 * Writes a revision for every change, in the transaction of the change, and reads history and the change feed.
 * The revision's sequence number comes from the single row of {@code feed_clock}, locked as the last step of the
 * writing transaction, so sequence order is commit order. The lock is held until the commit, and writing transactions
 * wait for it one after the other: a service records its change here after every other write of it (its search keys
 * too), so that what the others wait for is the revision's insert and the commit only.
 */
@ApplicationScoped
public class HistoryService {

    static final String SYSTEM = "system";

    /** The most revisions one page of the change feed reads. */
    static final int FEED_SCAN = 5000;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ChangeContext context;
    private final HistoryClearance clearance;
    private final Clearance caller;
    private final WriteBatch batch;

    public HistoryService(EntityManager em, ObjectMapper mapper, ChangeContext context, HistoryClearance clearance,
            Clearance caller, WriteBatch batch) {
        this.em = em;
        this.mapper = mapper;
        this.context = context;
        this.clearance = clearance;
        this.caller = caller;
        this.batch = batch;
    }

    /** Records an update; {@code state} is the record's writable view (its input record). */
    public void updated(RecordType type, UUID id, long version, Object state) {
        changed(type, id, version, Operation.UPDATE, latestSnapshot(type, id), state);
    }

    /** Records a record's creation; one whose id was just generated has no earlier revision to look for. */
    public void created(RecordType type, RegistryRecord record, Object state) {
        JsonNode previous = record.isIdGenerated() ? null : latestSnapshot(type, record.getId());
        changed(type, record.getId(), record.getVersion(), Operation.CREATE, previous, state);
    }

    private void changed(RecordType type, UUID id, long version, Operation operation, JsonNode previous, Object state) {
        ObjectNode current = state(state);
        write(type, id, version, operation, JsonDiff.diff(previous, current), current);
        batch.visible(type.entity, List.of(id));
    }

    /**
     * Inside a {@link WriteBatch}: learns in one query the latest snapshot of each of these records, and which have no
     * history yet, so that their next revisions need not look for a previous one.
     */
    public void prefetch(RecordType type, List<UUID> ids) {
        Pending pending = pending();
        if (pending == null || ids.isEmpty()) {
            return;
        }
        // two queries that each use an index whatever the planner knows: the latest revision of each, then those revisions
        Map<UUID, Long> latest = new HashMap<>();
        InList.query(em, "select r.recordId, max(r.seq) from Revision r where r.recordType = :type and r.recordId in :id "
                        + "group by r.recordId", "id", ids, Object[].class)
                .setParameter("type", type).getResultList().forEach(row -> latest.put((UUID) row[0], ((Number) row[1]).longValue()));
        if (!latest.isEmpty()) {
            InList.query(em, "select r.recordId, r.snapshot from Revision r where r.seq in :seq", "seq", latest.values(), Object[].class)
                    .getResultList().forEach(row -> pending.latest.putIfAbsent(key(type, (UUID) row[0]),
                    row[1] == null ? NullNode.getInstance() : read((String) row[1])));
        }
        Set<UUID> known = latest.keySet();
        ids.stream().filter(id -> !known.contains(id)).forEach(id -> pending.withoutHistory.add(key(type, id)));
    }

    /** Whether two writable views of a record differ in anything but id and version: whether a write changed it. */
    public boolean differ(Object before, Object after) {
        return !state(before).equals(state(after));
    }

    private ObjectNode state(Object view) {
        ObjectNode state = mapper.valueToTree(view);
        state.remove("id");
        state.remove("version");
        withoutNulls(state);
        return state;
    }

    public void deleted(RecordType type, UUID id, long lastVersion) {
        JsonNode previous = latestSnapshot(type, id);
        write(type, id, lastVersion + 1, Operation.DELETE, JsonDiff.diff(previous, mapper.createObjectNode()), previous);
        batch.forget(type.entity, id);
    }

    private void write(RecordType type, UUID id, long version, Operation operation, ArrayNode patch, JsonNode snapshot) {
        boolean inRequest = Arc.container().requestContext().isActive();
        Change change = new Change(type, id, version, Instant.now().truncatedTo(ChronoUnit.MICROS), inRequest ? context.actor() : SYSTEM,
                operation, inRequest ? context.reason() : null, patch.toString(), snapshot);
        Pending pending = pending();
        if (pending != null) {
            pending.changes.add(change);
            pending.latest.put(key(type, id), snapshot == null ? NullNode.getInstance() : snapshot);
            return;
        }
        em.flush();
        persist(List.of(change));
        em.flush();
    }

    /** A revision to write: everything but its sequence number. */
    private record Change(RecordType type, UUID id, long version, Instant at, String actor, Operation operation, String reason,
            String patch, JsonNode snapshot) {
    }

    /**
     * Takes as many sequence numbers as there are changes from the feed clock, in one statement that locks its row until
     * the transaction ends, and persists the revisions in order.
     */
    private void persist(List<Change> changes) {
        String take = "update feed_clock set last_seq = last_seq + " + changes.size() + " where id = 1";
        // one round trip while the row is locked: H2 has no RETURNING, PostgreSQL no FINAL TABLE
        long last = ((Number) em.createNativeQuery(h2() ? "select last_seq from final table (" + take + ")" : take + " returning last_seq")
                .getSingleResult()).longValue();
        long seq = last - changes.size();
        for (Change c : changes) {
            em.persist(new Revision(++seq, c.type(), c.id(), c.version(), c.at(), c.actor(), c.operation(), c.reason(), c.patch(),
                    c.snapshot() == null ? null : c.snapshot().toString()));
        }
    }

    /**
     * The revisions a write batch keeps until its checkpoint (a brief batch: until its end), and what it knows of the
     * records' snapshots.
     */
    private final class Pending implements WriteBatch.Part {
        final List<Change> changes = new ArrayList<>();
        /** The latest snapshot of records changed or prefetched since the last checkpoint (JSON null: deleted). */
        final Map<String, JsonNode> latest = new HashMap<>();
        final Set<String> withoutHistory = new HashSet<>();

        @Override
        public boolean lastOnly() {
            return true;
        }

        @Override
        public void write() {
            if (changes.isEmpty()) {
                return;
            }
            persist(changes);
            changes.forEach(c -> withoutHistory.remove(key(c.type(), c.id())));
            changes.clear();
            latest.clear();
        }
    }

    private boolean h2() {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect() instanceof H2Dialect;
    }

    private Pending pending() {
        return batch.part(Pending.class, Pending::new);
    }

    private static String key(RecordType type, UUID id) {
        return type.name() + ":" + id;
    }

    /** A state lists the fields that have a value, so a cleared field shows as removed in the patch. */
    private static void withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(HistoryService::withoutNulls);
    }

    private JsonNode latestSnapshot(RecordType type, UUID id) {
        Pending pending = pending();
        if (pending != null) {
            JsonNode latest = pending.latest.get(key(type, id));
            if (latest != null) {
                return latest.isNull() ? null : latest;
            }
            if (pending.withoutHistory.contains(key(type, id))) {
                return null;
            }
        }
        List<String> snapshots = em.createQuery("select r.snapshot from Revision r where r.recordType = :type and r.recordId = :id "
                        + "order by r.seq desc", String.class)
                .setParameter("type", type).setParameter("id", id).setMaxResults(1).getResultList();
        return snapshots.isEmpty() || snapshots.get(0) == null ? null : read(snapshots.get(0));
    }

    @ReadOnly
    public Page<RevisionView> history(RecordType type, UUID id, String limit, String cursor) {
        int size = PageRequest.limit(limit);
        long after = cursor == null ? 0 : decode(cursor, "v", "cursor");
        long total = em.createQuery("select count(r) from Revision r where r.recordType = :type and r.recordId = :id", Long.class)
                .setParameter("type", type).setParameter("id", id).getSingleResult();
        if (total == 0 || !clearance.visible(type, id)) {
            throw ApiException.notFound("record");
        }
        List<Revision> rows = em.createQuery("select r from Revision r where r.recordType = :type and r.recordId = :id "
                        + "and r.version > :after order by r.version", Revision.class)
                .setParameter("type", type).setParameter("id", id).setParameter("after", after)
                .setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = encode("v", rows.get(rows.size() - 1).getVersion());
        }
        List<RevisionView> views = new ArrayList<>();
        List<List<PatchOperation>> patches = clearance.patches(type, rows);
        for (int i = 0; i < rows.size(); i++) {
            Revision r = rows.get(i);
            views.add(new RevisionView(r.getVersion(), r.getAt(), caller.seesActors() ? r.getActor() : null, r.getOperation(),
                    r.getReason(), patches.get(i)));
        }
        return new Page<>(views, total, next);
    }

    @ReadOnly
    public ChangePage changes(String since, String limit) {
        int size = 100;
        if (limit != null) {
            try {
                size = limit.matches("[0-9]{1,4}") ? Integer.parseInt(limit) : -1;
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > 1000) {
                throw ApiException.invalid("limit", "must be an integer from 1 to 1000");
            }
        }
        long after = since == null ? 0 : decode(since, "s", "since");
        // Changes of records the caller may not see are skipped. A page scans at most SCAN revisions, so a caller who
        // sees little of a busy feed still gets an answer quickly: such a page may hold fewer items, with hasMore true.
        List<ChangeView> items = new ArrayList<>();
        long position = after;
        boolean more = false;
        int scanned = 0;
        while (true) {
            int batch = Math.min(size + 1, FEED_SCAN - scanned);
            List<Revision> rows = em.createQuery("select r from Revision r where r.seq > :after order by r.seq", Revision.class)
                    .setParameter("after", position).setMaxResults(batch).getResultList();
            scanned += rows.size();
            Map<RecordType, Set<UUID>> visible = new EnumMap<>(RecordType.class);
            for (RecordType type : RecordType.values()) {
                List<UUID> ids = rows.stream().filter(r -> r.getRecordType() == type).map(Revision::getRecordId).distinct().toList();
                visible.put(type, clearance.visible(type, ids));
            }
            for (Revision r : rows) {
                if (!visible.get(r.getRecordType()).contains(r.getRecordId())) {
                    position = r.getSeq();
                    continue;
                }
                if (items.size() == size) {
                    more = true;
                    break;
                }
                items.add(new ChangeView(r.getRecordType(), r.getRecordId(), r.getVersion(), r.getOperation(), r.getAt()));
                position = r.getSeq();
            }
            if (more || rows.size() < batch) {
                break;
            }
            if (scanned >= FEED_SCAN) {
                more = true;
                break;
            }
        }
        return new ChangePage(items, encode("s", position), more);
    }

    private static String encode(String kind, long value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor, String kind, String parameter) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(kind + ":")) {
                long value = Long.parseLong(text.substring(kind.length() + 1));
                if (value >= 0) {
                    return value;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw ApiException.invalid(parameter, "is not a cursor of this list; use the nextCursor of a previous page");
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision is not JSON", e);
        }
    }
}
