package org.rightsregistry.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.rightsregistry.appeal.AppealRequest;
import org.rightsregistry.appeal.AppealService;
import org.rightsregistry.cases.CaseRequest;
import org.rightsregistry.cases.CaseService;
import org.rightsregistry.cases.CourtCase;
import org.rightsregistry.cases.PartyRepository;
import org.rightsregistry.cases.PartyRequest;
import org.rightsregistry.charge.ChargeRequest;
import org.rightsregistry.charge.ChargeService;
import org.rightsregistry.common.error.ApiException;
import org.rightsregistry.common.error.FieldError;
import org.rightsregistry.common.error.JsonProblems;
import org.rightsregistry.common.error.ProblemMapper;
import org.rightsregistry.common.paging.InList;
import org.rightsregistry.common.record.RecordView;
import org.rightsregistry.common.record.WriteBatch;
import org.rightsregistry.common.web.Preconditions;
import org.rightsregistry.history.ChangeContext;
import org.rightsregistry.history.HistoryService;
import org.rightsregistry.history.RecordType;
import org.rightsregistry.person.PersonRequest;
import org.rightsregistry.person.PersonService;
import org.rightsregistry.security.Caller;
import org.rightsregistry.security.Clearance;
import org.rightsregistry.sentence.SentenceRequest;
import org.rightsregistry.sentence.SentenceService;
import org.rightsregistry.source.SourceRequest;
import org.rightsregistry.source.SourceService;

/**
 * Imports the dump's NDJSON format: each record line goes through the same validation and the same service as the
 * API's own writes (so the same rules, history and search keys), with the import as the change's reason. Lines are
 * taken in the dump's type order whatever their order in the file, so a record always comes after the records it
 * points at. A line whose record id exists updates that record (refused with its {@code version} stale); any other
 * creates one, with the line's id if it has one. Non-atomic imports commit {@value #CHUNK} lines at a time and redo a
 * chunk line by line when one of its lines is rejected; an atomic import is one transaction, rolled back when any
 * line is rejected, after every line was checked.
 */
@ApplicationScoped
public class ImportService {

    /** Lines per transaction of a non-atomic import. */
    static final int CHUNK = 500;

    /**
     * Lines between two checkpoints of the write batch: enough for JDBC batches, few enough that the persistence
     * context, which Hibernate walks before each query, stays small.
     */
    static final int CHECKPOINT = 50;

    /**
     * Lines after which a non-atomic import first refreshes the planner's statistics (or after as many lines as the
     * planner believes the registry has records, when that is more), then again each time it has applied four times as
     * many: a few refreshes however long the file, none for a file small beside the registry.
     */
    static final int ANALYZE_FIRST = 2000;

    /** Threads that apply the chunks of a large non-atomic import side by side, shared by all imports. */
    static final int WORKERS = 2;

    /** The types whose lines need their case's parties: adding a party, and charges and sentences of a party. */
    private static final Set<String> OF_PARTIES = Set.of("parties", "charges", "sentences");

    /** The order of the types: every record after those it points at. */
    static final List<String> TYPES = List.of("sources", "persons", "cases", "parties", "charges", "sentences", "appeals");

    private final ObjectMapper mapper;
    private final Validator validator;
    private final ChangeContext change;
    private final SourceService sources;
    private final PersonService persons;
    private final CaseService cases;
    private final ChargeService charges;
    private final SentenceService sentences;
    private final AppealService appeals;
    private final Clearance clearance;
    private final EntityManager em;
    private final WriteBatch batch;
    private final HistoryService history;
    private final PartyRepository parties;
    private final PlannerStatistics statistics;
    private final Caller caller;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, work -> {
        Thread thread = new Thread(work, "import-worker");
        thread.setDaemon(true);
        return thread;
    });
    /** Seconds an atomic import, one transaction, may take (a chunk of a non-atomic one has the default timeout). */
    private final int atomicTimeout;

    public ImportService(ObjectMapper mapper, Validator validator, ChangeContext change, SourceService sources,
            PersonService persons, CaseService cases, ChargeService charges, SentenceService sentences, AppealService appeals,
            Clearance clearance, EntityManager em, WriteBatch batch, HistoryService history, PartyRepository parties,
            PlannerStatistics statistics, Caller caller,
            @ConfigProperty(name = "registry.import.atomic-timeout", defaultValue = "10M") Duration atomicTimeout) {
        this.mapper = mapper;
        this.validator = validator;
        this.change = change;
        this.sources = sources;
        this.persons = persons;
        this.cases = cases;
        this.charges = charges;
        this.sentences = sentences;
        this.appeals = appeals;
        this.clearance = clearance;
        this.em = em;
        this.batch = batch;
        this.history = history;
        this.parties = parties;
        this.statistics = statistics;
        this.caller = caller;
        this.atomicTimeout = (int) Math.min(Integer.MAX_VALUE, atomicTimeout.toSeconds());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * One line of the file, read: its number from 1, its type (one of {@link #TYPES}), the record's id if it gives one,
     * the record in the JSON form of the API's writes, and the errors that already make it rejected (it is then not
     * applied). The NDJSON reader here and the CSV reader give the same lines to {@link #run(List, boolean)}.
     */
    public record Line(int number, String type, UUID id, JsonNode record, List<FieldError> errors) {
    }

    enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** Imports an NDJSON body in the dump's format. */
    public ImportReport run(BufferedReader body, boolean atomic) throws IOException {
        return run(read(body), atomic);
    }

    /** Imports lines that were read already: every line without errors is applied, the others reported. */
    public ImportReport run(List<Line> lines, boolean atomic) {
        String reason = change.reason();
        List<ImportReport.LineErrors> rejected = new ArrayList<>();
        int[] outcomes = new int[Outcome.values().length];
        List<Line> valid = new ArrayList<>();
        for (Line line : lines) {
            if (line.errors().isEmpty()) {
                valid.add(line);
            } else {
                rejected.add(new ImportReport.LineErrors(line.number(), line.type(), line.id(), line.errors()));
            }
        }
        valid.sort(Comparator.comparingInt((Line l) -> TYPES.indexOf(l.type())).thenComparingInt(Line::number));
        for (Line line : valid) {
            // a record without an id gets its new one here rather than when it is written, so the prefetch knows it is new
            JsonNode id = line.record().path("id");
            if (!line.type().equals("parties") && (id.isMissingNode() || id.isNull())) {
                ((ObjectNode) line.record()).put("id", UUID.randomUUID().toString());
            }
        }
        boolean committed;
        if (atomic) {
            int[] counted = new int[outcomes.length];
            committed = inTransaction(() -> {
                for (int from = 0; from < valid.size(); from += CHUNK) {
                    applyAll(valid.subList(from, Math.min(valid.size(), from + CHUNK)), reason, counted, rejected);
                    batch.checkpoint();
                }
            }, rejected, atomicTimeout, false);
            if (committed) {
                System.arraycopy(counted, 0, outcomes, 0, counted.length);
            }
        } else {
            Progress progress = new Progress(outcomes, rejected, statistics.records());
            Caller.Identity identity = caller.identity();
            String actor = change.actor();
            Map<String, Object> logContext = new HashMap<>(MDC.getMap());
            for (String type : TYPES) {
                List<List<Line>> parts = partition(valid.stream().filter(line -> line.type().equals(type)).toList());
                if (parts.size() == 1) {
                    applyChunks(parts.get(0), reason, progress);
                    continue;
                }
                // the type's lines in as many parts as there are workers, each part in its own transactions, side by side
                List<Future<?>> running = new ArrayList<>();
                for (List<Line> part : parts) {
                    running.add(workers.submit(() -> actFor(identity, actor, logContext, () -> applyChunks(part, reason, progress))));
                }
                join(running);
            }
            committed = true;
        }
        rejected.sort(Comparator.comparingInt(ImportReport.LineErrors::line));
        boolean kept = committed;
        return new ImportReport(atomic, kept, lines.size(), kept ? outcomes[Outcome.CREATED.ordinal()] : 0,
                kept ? outcomes[Outcome.UPDATED.ordinal()] : 0, kept ? outcomes[Outcome.UNCHANGED.ordinal()] : 0, rejected.size(),
                List.copyOf(rejected));
    }

    /** What the chunks of a non-atomic import did, added up by the workers that apply them. */
    private final class Progress {
        final int[] outcomes;
        final List<ImportReport.LineErrors> rejected;
        long applied;
        long analyzeAt;

        Progress(int[] outcomes, List<ImportReport.LineErrors> rejected, long known) {
            this.outcomes = outcomes;
            this.rejected = rejected;
            this.analyzeAt = Math.max(ANALYZE_FIRST, known);
        }

        synchronized void kept(int[] counted) {
            add(outcomes, counted);
        }

        synchronized void rejected(List<ImportReport.LineErrors> errors) {
            rejected.addAll(errors);
        }

        /** Before a chunk of this many lines: refreshes the planner's statistics when the import has grown enough. */
        void starting(int lines) {
            boolean refresh;
            synchronized (this) {
                refresh = applied >= analyzeAt;
                if (refresh) {
                    analyzeAt *= 4;
                }
                applied += lines;
            }
            if (refresh) {
                statistics.refresh();
            }
        }
    }

    /**
     * The lines of one type in parts for the {@value #WORKERS} workers, or in one part when they fit in a chunk. Lines
     * about the same record, or the same case (parties, charges, sentences) or sentence (appeals), are in the same
     * part, in their order: the part applies them one after the other, as a single import would.
     */
    static List<List<Line>> partition(List<Line> lines) {
        if (lines.size() <= CHUNK) {
            return List.of(lines);
        }
        List<List<Line>> parts = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            parts.add(new ArrayList<>());
        }
        for (Line line : lines) {
            Object key = switch (line.type()) {
                case "parties", "charges", "sentences" -> uuid(line.record().path("caseId"));
                case "appeals" -> uuid(line.record().path("sentenceId"));
                default -> line.id();
            };
            parts.get(Math.floorMod(key == null ? line.number() : key.hashCode(), WORKERS)).add(line);
        }
        parts.removeIf(List::isEmpty);
        return parts;
    }

    /** Applies lines {@value #CHUNK} at a time, each chunk in a transaction, redone line by line when a line is rejected. */
    private void applyChunks(List<Line> lines, String reason, Progress progress) {
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<Line> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
            progress.starting(chunk.size());
            int[] counted = new int[Outcome.values().length];
            List<ImportReport.LineErrors> failed = new ArrayList<>();
            if (inTransaction(() -> applyAll(chunk, reason, counted, failed), failed, 0, true)) {
                progress.kept(counted);
                continue;
            }
            // a line of the chunk was rejected: redo the chunk line by line, keeping each good one
            for (Line line : chunk) {
                int[] one = new int[Outcome.values().length];
                List<ImportReport.LineErrors> error = new ArrayList<>();
                if (inTransaction(() -> apply(line, reason, one, error), error, 0, true)) {
                    progress.kept(one);
                } else {
                    progress.rejected(error);
                }
            }
        }
    }

    /** Runs work for the request's caller on a worker thread, in a request context of its own, with the request's id. */
    private void actFor(Caller.Identity identity, String actor, Map<String, Object> logContext, Runnable work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        logContext.forEach(MDC::put);
        try {
            caller.actFor(identity);
            change.actor(actor);
            work.run();
        } finally {
            MDC.clear();
            context.terminate();
        }
    }

    /** Waits for every part, then throws the first failure of one, if any: no part is left running behind an error. */
    private static void join(List<Future<?>> parts) {
        RuntimeException failure = null;
        for (Future<?> part : parts) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IllegalStateException("interrupted while an import's workers ran", e);
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                failure = failure != null ? failure : cause;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Thrown to roll a transaction back when one of its lines was rejected. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs the work in a new transaction as one {@link WriteBatch} ({@code brief}: a chunk, beside others), kept when no
     * line was rejected ({@code failed} stays empty), else rolled back; with a timeout in seconds, or 0 for the default.
     */
    private boolean inTransaction(Runnable work, List<?> failed, int timeout, boolean brief) {
        int before = failed.size();
        try {
            var transaction = QuarkusTransaction.requiringNew();
            (timeout > 0 ? transaction.timeout(timeout) : transaction).run(() -> batch.run(() -> {
                work.run();
                if (failed.size() > before) {
                    throw new Rejected();
                }
            }, brief));
            return true;
        } catch (RuntimeException e) {
            if (e instanceof Rejected || e.getCause() instanceof Rejected) {
                return false;
            }
            throw e;
        }
    }

    private static void add(int[] into, int[] counted) {
        for (int i = 0; i < into.length; i++) {
            into[i] += counted[i];
        }
    }

    /** The record lines of the file (a dump's header line is skipped), each parsed or with the reason it cannot be. */
    private List<Line> read(BufferedReader body) throws IOException {
        List<Line> lines = new ArrayList<>();
        String text;
        int number = 0;
        while ((text = body.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                lines.add(new Line(number, null, null, null, errors(JsonProblems.from(e))));
                continue;
            }
            if (number == 1 && node.isObject() && node.has("export") && node.size() == 1) {
                continue;
            }
            String type = node.path("type").isTextual() ? node.get("type").asText() : null;
            JsonNode record = node.get("record");
            UUID id = record == null ? null : uuid(record.path("id"));
            List<FieldError> errors = new ArrayList<>();
            if (!node.isObject() || !Set.of("type", "record").containsAll(iterable(node))) {
                errors.add(new FieldError("line", "must be an object with exactly type and record"));
            } else if (type == null || !TYPES.contains(type)) {
                errors.add(new FieldError("type", "must be one of " + String.join(", ", TYPES)));
            } else if (record == null || !record.isObject()) {
                errors.add(new FieldError("record", "must be an object"));
            }
            lines.add(new Line(number, type, id, record, errors));
        }
        return lines;
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Applies lines in the current transaction's write batch, {@value #CHECKPOINT} at a time, each group after learning in
     * a few queries what its lines point at.
     */
    private void applyAll(List<Line> lines, String reason, int[] counted, List<ImportReport.LineErrors> rejected) {
        for (int from = 0; from < lines.size(); from += CHECKPOINT) {
            List<Line> group = lines.subList(from, Math.min(lines.size(), from + CHECKPOINT));
            prefetch(group);
            for (Line line : group) {
                apply(line, reason, counted, rejected);
            }
            batch.checkpoint();
        }
    }

    /** The fields of a record line that hold ids of other records, and the entity of each. */
    private static final Map<String, String> REFERENCES = Map.of("caseId", "CourtCase", "personId", "Person", "sentenceId", "Sentence",
            "resultingSentenceId", "Sentence", "chargeIds", "Charge");

    /**
     * Tells the write batch, in one query per entity, which of the lines' own ids are not stored yet (they will be
     * created: no lookup needed) and which of the records they point at the caller sees; and the history which records
     * have none yet.
     */
    private void prefetch(List<Line> lines) {
        Map<RecordType, List<UUID>> own = new LinkedHashMap<>();
        Map<String, List<UUID>> pointed = new LinkedHashMap<>();
        Set<UUID> partiesOf = new HashSet<>();
        for (Line line : lines) {
            UUID ownId = uuid(line.record().path("id"));
            if (!line.type().equals("parties") && ownId != null) {
                own.computeIfAbsent(RecordType.valueOf(line.type()), t -> new ArrayList<>()).add(ownId);
            }
            UUID caseId = uuid(line.record().path("caseId"));
            if (caseId != null && OF_PARTIES.contains(line.type())) {
                partiesOf.add(caseId);
            }
            REFERENCES.forEach((field, target) -> {
                JsonNode value = line.record().path(field);
                for (JsonNode item : value.isArray() ? value : List.of(value)) {
                    UUID id = uuid(item);
                    if (id != null) {
                        pointed.computeIfAbsent(target, e -> new ArrayList<>()).add(id);
                    }
                }
            });
            for (JsonNode citation : line.record().path("citations")) {
                UUID id = uuid(citation.path("sourceId"));
                if (id != null) {
                    pointed.computeIfAbsent("Source", e -> new ArrayList<>()).add(id);
                }
            }
        }
        own.forEach((type, ids) -> {
            List<UUID> distinct = ids.stream().distinct().toList();
            Set<UUID> stored = new HashSet<>(InList.query(em, "select r.id from " + type.entity() + " r where r.id in :id", "id", distinct,
                    UUID.class).getResultList());
            batch.absent(type.entity(), distinct.stream().filter(id -> !stored.contains(id)).toList());
            history.prefetch(type, distinct);
        });
        pointed.forEach((entity, ids) -> clearance.visibleOf(entity, ids.stream().distinct().toList()));
        if (!partiesOf.isEmpty()) {
            // adding a party changes its case: the cases (a query per collection they hold), their parties and their
            // latest revisions
            List<UUID> caseIds = List.copyOf(partiesOf);
            for (String collection : List.of("citations", "caseNumbers", "themes")) {
                InList.query(em, "select c from CourtCase c left join fetch c." + collection + " where c.id in :id", "id", caseIds,
                        CourtCase.class).getResultList();
            }
            parties.prefetch(caseIds);
            history.prefetch(RecordType.cases, caseIds);
        }
    }

    /** Applies one line in the current transaction; a rejected line adds its errors and leaves nothing behind. */
    private void apply(Line line, String reason, int[] counted, List<ImportReport.LineErrors> rejected) {
        change.reason(reason == null ? "Import, line " + line.number() : "Import, line " + line.number() + ": " + reason);
        try {
            Outcome outcome = switch (line.type()) {
                case "sources" -> write(line, "Source", SourceRequest.class, sources::get, (id, r) -> sources.replace(id, NONE, r), sources::create);
                case "persons" -> write(line, "Person", PersonRequest.class, persons::get, (id, r) -> persons.replace(id, NONE, r), persons::insert);
                case "cases" -> write(line, "CourtCase", CaseRequest.class, cases::get, (id, r) -> cases.replace(id, NONE, r), cases::insert);
                case "charges" -> write(line, "Charge", ChargeRequest.class, charges::get, (id, r) -> charges.replace(id, NONE, r), charges::insert);
                case "sentences" -> write(line, "Sentence", SentenceRequest.class, sentences::get, (id, r) -> sentences.replace(id, NONE, r),
                        sentences::insert);
                case "appeals" -> write(line, "Appeal", AppealRequest.class, appeals::get, (id, r) -> appeals.replace(id, NONE, r), appeals::create);
                case "parties" -> party(line);
                default -> throw new IllegalStateException("unknown type " + line.type());
            };
            counted[outcome.ordinal()]++;
        } catch (ApiException e) {
            rejected.add(new ImportReport.LineErrors(line.number(), line.type(), line.id(),
                    e.errors().isEmpty() ? List.of(new FieldError("record", e.getMessage())) : e.errors()));
        } catch (JsonProcessingException e) {
            rejected.add(new ImportReport.LineErrors(line.number(), line.type(), line.id(), errors(JsonProblems.from(e))));
        } catch (IllegalArgumentException e) {
            rejected.add(new ImportReport.LineErrors(line.number(), line.type(), line.id(),
                    List.of(new FieldError("record", "cannot be read: " + e.getMessage()))));
        }
    }

    private static final Preconditions NONE = Preconditions.ifMatch(null);

    private interface Getter {
        RecordView get(UUID id);
    }

    private interface Replacer<R> {
        RecordView replace(UUID id, R request);
    }

    /** Creates a record; what it answers is not read. */
    private interface Creator<R> {
        Object create(R request);
    }

    private <R extends Record> Outcome write(Line line, String entity, Class<R> type, Getter get, Replacer<R> replace,
            Creator<R> create) throws JsonProcessingException {
        R request = mapper.treeToValue(line.record(), type);
        validate(request);
        // asked without an exception: a refused call would doom the transaction the other lines share
        Long before = line.id() != null && clearance.sees(entity, line.id()) ? get.get(line.id()).version() : null;
        if (before == null) {
            create.create(request);
            return Outcome.CREATED;
        }
        long after = replace.replace(line.id(), request).version();
        return after == before ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    private Outcome party(Line line) throws JsonProcessingException {
        JsonNode record = line.record();
        UUID caseId = uuid(record.path("caseId"));
        if (caseId == null) {
            throw ApiException.invalid("caseId", "must be the id of the case");
        }
        ObjectNode body = record.deepCopy();
        body.remove("caseId");
        PartyRequest request = mapper.treeToValue(body, PartyRequest.class);
        validate(request);
        if (request.personId() == null) {
            throw ApiException.invalid("personId", "must not be null");
        }
        boolean exists = !parties.knownAbsent(caseId, request.personId())
                && !em.createQuery("select r.id from Party r where r.caseId = :c and r.personId = :p and "
                        + clearance.visible("r", "Party"), UUID.class)
                .setParameter("c", caseId).setParameter("p", request.personId()).getResultList().isEmpty();
        Long before = exists ? cases.getParty(caseId, request.personId()).version() : null;
        if (before == null) {
            cases.insertParty(caseId, request);
            return Outcome.CREATED;
        }
        long after = cases.replaceParty(caseId, request.personId(), NONE, request).version();
        return after == before ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    private <R> void validate(R request) {
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations.stream().map(v -> new FieldError(ProblemMapper.fieldPath(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList());
        }
    }

    private static List<FieldError> errors(ApiException e) {
        return e.errors().isEmpty() ? List.of(new FieldError("line", e.getMessage())) : e.errors();
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
