package org.rightsregistry.perf;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.rightsregistry.search.SearchIndex;
import org.rightsregistry.search.GeneratedKeys;

/**
 * Fills an empty registry database (PostgreSQL or H2) with N invented persons and their cases, parties, charges,
 * sentences with components, appeals, sources and citations, with every derived column the application reads (dates'
 * first days, expected ends, search keys), deterministically for a seed. Migrates the schema with the application's
 * own Flyway migrations first. On PostgreSQL rows go in with COPY, with the tables' indexes and constraints dropped
 * during the load and recreated, exactly as they were, afterwards; on H2 with JDBC batches.
 *
 * <p>Usage (see {@code src/test/scripts/generate.sh}): {@code Generator --url JDBC_URL [--user U] [--password P]
 * [--persons N] [--seed S] [--threads T]}. No names are printed, only counts and times.
 */
public final class Generator {

    /** The tables that the generator fills, in an order that respects their foreign keys. */
    static final List<String> TABLES = List.of("source", "person", "person_name", "person_citizenship", "person_role",
            "person_citation", "person_search_key", "court_case", "case_number", "case_theme", "case_citation", "case_search_key",
            "party", "charge", "charge_citation", "sentence", "sentence_component", "sentence_charge", "sentence_citation", "appeal",
            "appeal_citation", "record_search_key");

    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("source", "id, version, created_at, updated_at, visibility, title, type, publisher, author, published_on, "
                + "published_on_from, url, archive_url, language, reliability");
        COLUMNS.put("person", "id, version, created_at, updated_at, visibility, full_name, gender, birth_date, birth_date_from, "
                + "death_date, death_date_from, residence_country, region, occupation, status, status_since, death_circumstance, summary, "
                + "safety_notes");
        COLUMNS.put("person_name", "person_id, position, name, lang, script, kind");
        COLUMNS.put("person_citizenship", "person_id, position, country");
        COLUMNS.put("person_role", "person_id, role");
        COLUMNS.put("person_citation", "person_id, position, source_id, field, locator, quote, confidence");
        COLUMNS.put("person_search_key", "person_id, kind, term");
        COLUMNS.put("court_case", "id, version, created_at, updated_at, visibility, title, country, kind, stage, opened_on, "
                + "opened_on_from, closed_on, closed_on_from, summary");
        COLUMNS.put("case_number", "case_id, position, number, kind, authority");
        COLUMNS.put("case_theme", "case_id, theme");
        COLUMNS.put("case_citation", "case_id, position, source_id, field, locator, quote, confidence");
        COLUMNS.put("case_search_key", "case_id, kind, term");
        COLUMNS.put("party", "id, version, created_at, updated_at, visibility, case_id, person_id, role, since, since_from");
        COLUMNS.put("charge", "id, version, created_at, updated_at, visibility, case_id, person_id, law, article, article_text, "
                + "description, filed_on, filed_on_from, status, penalty_min_months, penalty_max_months");
        COLUMNS.put("charge_citation", "charge_id, position, source_id, field, locator, quote, confidence");
        COLUMNS.put("sentence", "id, version, created_at, updated_at, visibility, case_id, person_id, court, instance, decided_on, "
                + "decided_on_from, verdict, status, starts_on, starts_on_from, expected_end_on, expected_end_on_from");
        COLUMNS.put("sentence_component", "sentence_id, position, type, term_months, regime, suspended, probation_months, amount, "
                + "currency, ban_scope");
        COLUMNS.put("sentence_charge", "sentence_id, position, charge_id");
        COLUMNS.put("sentence_citation", "sentence_id, position, source_id, field, locator, quote, confidence");
        COLUMNS.put("appeal", "id, version, created_at, updated_at, visibility, sentence_id, filed_by, level, body, filed_on, "
                + "filed_on_from, decided_on, decided_on_from, status, outcome, resulting_sentence_id");
        COLUMNS.put("appeal_citation", "appeal_id, position, source_id, field, locator, quote, confidence");
        COLUMNS.put("record_search_key", "record_type, record_id, kind, term");
    }

    /** Persons per unit of work: each chunk is generated from its own random stream, so the data never depends on threads. */
    static final int CHUNK = 2000;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/registry");
        String user = options.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        String password = options.getOrDefault("password", "");
        int persons = Integer.parseInt(options.getOrDefault("persons", "1000000").replace("_", ""));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261129"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        new Generator().run(url, user, password, persons, seed, threads);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    void run(String url, String user, String password, int persons, long seed, int threads) throws Exception {
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*) from person")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds persons; generate into an empty one");
                }
            }
            Writer writer = postgres ? new CopyWriter(connection) : new BatchWriter(connection);
            List<String> dropped = postgres ? dropIndexesAndConstraints(connection) : List.of();
            Map<String, Long> counts = new LinkedHashMap<>();
            TABLES.forEach(t -> counts.put(t, 0L));

            Model model = new Model(seed, persons);
            writer.write(model.sources(), counts);
            int chunks = (persons + CHUNK - 1) / CHUNK;
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            Deque<Future<Rows>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < chunks; done++) {
                while (next < chunks && ahead.size() < threads * 2) {
                    int chunk = next++;
                    ahead.add(pool.submit(() -> model.chunk(chunk)));
                }
                writer.write(ahead.poll().get(), counts);
                if ((done + 1) % Math.max(1, chunks / 10) == 0 || done + 1 == chunks) {
                    System.out.printf("generator: %d of %d persons written (%.0f s)%n", Math.min(persons, (done + 1) * CHUNK), persons,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            pool.shutdown();
            writer.finish();
            long loaded = System.nanoTime();
            if (postgres) {
                recreate(connection, dropped);
            }
            long indexed = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                counts.put("person_search_word", (long) words(connection));
                for (String marker : List.of("search-keys-version", "search-words-version")) {
                    statement.executeUpdate("delete from registry_meta where meta_key = '" + marker + "'");
                    statement.executeUpdate("insert into registry_meta (meta_key, meta_value) values ('" + marker + "', '"
                            + SearchIndex.VERSION + "')");
                }
                if (postgres) {
                    connection.setAutoCommit(true);
                    statement.execute("vacuum analyze");
                } else {
                    statement.execute("analyze");
                    connection.commit();
                }
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("generator: %d rows in %d tables: %s%n", total, counts.size(), counts);
            System.out.printf("generator: %d persons, seed %d, %s: rows %.1f s, indexes and constraints %.1f s, analyze %.1f s, total %.1f s%n",
                    persons, seed, postgres ? "PostgreSQL (COPY)" : "H2 (JDBC batches)", (loaded - started) / 1e9,
                    (indexed - loaded) / 1e9, (System.nanoTime() - indexed) / 1e9, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Fills {@code person_search_word} by the application's rule ({@code SearchIndex}) from the folded words of the
     * names written (the person keys of kind F); returns the rows written.
     */
    private static int words(Connection connection) throws SQLException {
        List<String> folded = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select distinct term from person_search_key where kind = 'F'")) {
            while (rs.next()) {
                folded.add(rs.getString(1));
            }
        }
        List<String[]> rows = GeneratedKeys.words(folded);
        try (PreparedStatement insert = connection.prepareStatement("insert into person_search_word (deletion, word) values (?, ?)")) {
            for (String[] row : rows) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return rows.size();
    }

    /**
     * Drops the indexes and primary, unique and foreign keys of the generated tables, and returns the statements that
     * recreate them in a valid order (keys, indexes, then foreign keys): building an index once is far cheaper than
     * keeping it up to date row by row.
     */
    private static List<String> dropIndexesAndConstraints(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        String tables = String.join(", ", TABLES.stream().map(t -> "'" + t + "'").toList());
        List<String> keys = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        List<String> dropsFirst = new ArrayList<>();
        java.util.Set<String> constraintNames = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype "
                        + "from pg_constraint c where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'u', 'f') "
                        + "and c.conrelid::regclass::text in (" + tables + ") order by 1, 2")) {
            while (rs.next()) {
                String add = "alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " " + rs.getString(3);
                String drop = "alter table " + rs.getString(1) + " drop constraint " + rs.getString(2);
                constraintNames.add(rs.getString(2));
                if ("f".equals(rs.getString(4))) {
                    foreign.add(add);
                    dropsFirst.add(drop);
                } else {
                    keys.add(add);
                    drops.add(drop);
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select indexname, indexdef from pg_indexes where schemaname = 'public' "
                        + "and tablename in (" + tables + ") order by 1")) {
            while (rs.next()) {
                if (!constraintNames.contains(rs.getString(1))) {
                    indexes.add(rs.getString(2));
                    drops.add("drop index " + rs.getString(1));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : dropsFirst) {
                statement.execute(sql);
            }
            for (String sql : drops) {
                statement.execute(sql);
            }
        }
        connection.commit();
        List<String> recreate = new ArrayList<>(keys);
        recreate.addAll(indexes);
        recreate.addAll(foreign);
        return recreate;
    }

    private static void recreate(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '256MB'");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        connection.commit();
    }

    // ---- rows ----

    /** The rows of one chunk, per table. */
    static final class Rows {
        final Map<String, List<Object[]>> tables = new LinkedHashMap<>();

        Rows() {
            TABLES.forEach(t -> tables.put(t, new ArrayList<>()));
        }

        void add(String table, Object... row) {
            tables.get(table).add(row);
        }
    }

    interface Writer {
        void write(Rows rows, Map<String, Long> counts) throws Exception;

        void finish() throws Exception;
    }

    /** PostgreSQL: one COPY per table and chunk, in the text format. */
    static final class CopyWriter implements Writer {
        private final Connection connection;
        private final org.postgresql.copy.CopyManager copy;

        CopyWriter(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set synchronous_commit = off");
            }
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        }

        @Override
        public void write(Rows rows, Map<String, Long> counts) throws Exception {
            for (Map.Entry<String, List<Object[]>> table : rows.tables.entrySet()) {
                if (table.getValue().isEmpty()) {
                    continue;
                }
                StringBuilder text = new StringBuilder(table.getValue().size() * 80);
                for (Object[] row : table.getValue()) {
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            text.append('\t');
                        }
                        append(text, row[i]);
                    }
                    text.append('\n');
                }
                copy.copyIn("copy " + table.getKey() + " (" + COLUMNS.get(table.getKey()) + ") from stdin", new StringReader(text.toString()));
                counts.merge(table.getKey(), (long) table.getValue().size(), Long::sum);
            }
            connection.commit();
        }

        private static void append(StringBuilder text, Object value) {
            if (value == null) {
                text.append("\\N");
                return;
            }
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        @Override
        public void finish() throws SQLException {
            connection.commit();
        }
    }

    /** H2 (or any other database): JDBC batch inserts, one transaction per chunk. */
    static final class BatchWriter implements Writer {
        private final Connection connection;
        private final Map<String, PreparedStatement> inserts = new HashMap<>();

        BatchWriter(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
        }

        @Override
        public void write(Rows rows, Map<String, Long> counts) throws Exception {
            for (Map.Entry<String, List<Object[]>> table : rows.tables.entrySet()) {
                if (table.getValue().isEmpty()) {
                    continue;
                }
                PreparedStatement insert = inserts.get(table.getKey());
                if (insert == null) {
                    String columns = COLUMNS.get(table.getKey());
                    int n = columns.split(",").length;
                    insert = connection.prepareStatement("insert into " + table.getKey() + " (" + columns + ") values ("
                            + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")");
                    inserts.put(table.getKey(), insert);
                }
                int pending = 0;
                for (Object[] row : table.getValue()) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
                counts.merge(table.getKey(), (long) table.getValue().size(), Long::sum);
            }
            connection.commit();
        }

        @Override
        public void finish() throws SQLException {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            connection.commit();
        }
    }

    // ---- helpers shared with the model ----

    static UUID uuid(java.util.SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static LocalDate firstDay(String edtf) {
        return org.rightsregistry.common.date.Edtf.firstDayOf(edtf);
    }

    static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
