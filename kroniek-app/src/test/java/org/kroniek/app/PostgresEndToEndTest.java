package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Pipeline;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.store.IdentityLookup;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.ParallelIngest;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;
import org.kroniek.testsupport.PostgresServer;

/**
 * The sample corpus ingested into a store directory (SQLite + Lucene) and into PostgreSQL the way
 * {@code kroniek ingest} does it: the same documents, near-duplicates, events and their coreference, stories,
 * timelines, actors and exports (compared through the CLI commands); and search finds the same documents.
 */
class PostgresEndToEndTest {
    @TempDir
    static Path dir;
    private static final Path SAMPLES = Path.of(System.getProperty("kroniek.root", "..")).resolve("samples");
    private static String sqlite;
    private static String postgres;

    @BeforeAll
    static void ingestBoth() {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        postgres = PostgresServer.shared().createDatabase("samples");
        sqlite = dir.resolve("store").toString();
        Pipeline pipeline = NlpPipelines.standard(List.of(SAMPLES.resolve("fiction.kb")));
        // What 'kroniek ingest --actors samples/fiction.kb samples' does, in one batch: story linking and event
        // coreference run after each batch, and where a busy machine cuts the 2 s batches must not matter here.
        WriterSettings oneBatch = new WriterSettings(1_000, Duration.ofMinutes(10), Duration.ofMinutes(10),
                WriterSettings.defaults().nearDuplicateThreshold());
        for (String store : List.of(sqlite, postgres)) {
            try (KroniekStore kroniek = KroniekStore.openForWriting(StoreAddress.parse(store));
                 StoreWriter writer = new StoreWriter(kroniek, oneBatch, new IngestListener() { }, "samples");
                 IdentityLookup stored = kroniek.documents().openLookup()) {
                IngestCounts counts = new ParallelIngest(pipeline, 2).run(new DocumentSource(ReaderOptions.defaults()),
                        List.of(SAMPLES.toString()), writer, stored, new IngestListener() { });
                assertThat(counts.newDocuments()).isEqualTo(27);
            }
        }
    }

    @Test
    void theIngestCommandWritesToPostgresqlAndASecondRunAddsNothing() throws SQLException {
        String store = PostgresServer.shared().createDatabase("cli");
        String file = SAMPLES.resolve("nl/017_staakt-het-vuren-wenen.txt").toString();
        CliRun first = CliRun.of("ingest", "--store", store, file);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("1 new").contains("holds 1 documents").doesNotContain("password");
        CliRun again = CliRun.of("ingest", "--store", store, file);
        assertThat(again.err()).contains("0 new").contains("1 unchanged");
        assertThat(rows(store, "SELECT count(*) FROM documents")).containsExactly("1");
        CliRun search = CliRun.of("search", "--store", store, "staakt-het-vuren");
        assertThat(search.status()).as(search.err()).isZero();
        assertThat(search.out()).contains("017_staakt-het-vuren-wenen");
    }

    @Test
    void theTablesHoldTheSameRows() throws SQLException {
        for (String sql : List.of(
                "SELECT seq, identity, external_id, language, dct_first_day, title, duplicate_of FROM documents ORDER BY seq",
                "SELECT seq, idx, type, actor_code, target_code, location, event_date, mode, coref_id FROM events ORDER BY seq, idx",
                "SELECT seq, idx, text, canonical, actor_code FROM entities ORDER BY seq, idx",
                "SELECT seq, idx, canonical, actor_code FROM mentions ORDER BY seq, idx",
                "SELECT story_id, seq FROM story_members ORDER BY seq",
                "SELECT story_id, title, label, first_day, last_day, documents, actors_json FROM stories ORDER BY story_id",
                "SELECT a.name, a.code, d.day, d.documents, d.mentions FROM actor_days d JOIN actors a "
                        + "ON a.actor_id = d.actor_id ORDER BY a.name, a.code, d.day",
                "SELECT task, last_seq FROM linking_progress")) {
            List<String> embedded = rows(sqlite, sql);
            assertThat(embedded).as(sql).isNotEmpty();
            assertThat(rows(postgres, sql)).as(sql).isEqualTo(embedded);
        }
        assertThat(rows(sqlite, "SELECT count(*) FROM events")).as("the samples have events")
                .isNotEqualTo(List.of("0"));
    }

    @Test
    void theCommandsPrintTheSame() {
        for (String[] command : List.of(
                new String[] {"stories", "--json"},
                new String[] {"timeline", "--story", "1", "--json"},
                new String[] {"timeline", "--actor", "XKR", "--json"},
                new String[] {"actors", "--limit", "20", "--json"},
                new String[] {"graph", "--actor", "XKR", "--json"},
                new String[] {"export", "--format", "events-csv"},
                new String[] {"export", "--format", "jsonl"},
                new String[] {"export", "--format", "jsonld"})) {
            CliRun embedded = run(sqlite, command);
            CliRun database = run(postgres, command);
            assertThat(embedded.status()).as(String.join(" ", command) + ": " + embedded.err()).isZero();
            assertThat(database.status()).as(String.join(" ", command) + ": " + database.err()).isZero();
            assertThat(database.out()).as(String.join(" ", command)).isEqualTo(embedded.out());
        }
    }

    @Test
    void searchFindsTheSameDocuments() {
        List<String> differ = new ArrayList<>();
        int found = 0;
        for (String query : List.of("staking", "haven*", "wenen OR vienna", "gesprekken", "ceasefire",
                "sancties -belovië", "title:hoogwater", "rechter", "negotiations")) {
            List<String> embedded = hitIds(sqlite, query);
            List<String> database = hitIds(postgres, query);
            found += embedded.isEmpty() ? 0 : 1;
            if (!database.equals(embedded)) {
                differ.add(query + ": " + embedded + " vs " + database);
            }
        }
        assertThat(differ).isEmpty();
        assertThat(found).isGreaterThan(5);
    }

    @Test
    void aWrongDatabaseIsAClearErrorWithExitStatus1() {
        String wrong = postgres.substring(0, postgres.lastIndexOf('/') + 1) + "absent";
        CliRun run = CliRun.of("search", "--store", wrong, "staking");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("does not exist");
        CliRun bad = CliRun.of("stories", "--store", "postgresql://nohost");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("is not a PostgreSQL URL");
    }

    private static List<String> hitIds(String store, String query) {
        CliRun run = CliRun.of("search", "--store", store, "--limit", "50", "--json", query);
        assertThat(run.status()).as(run.err()).isZero();
        List<String> ids = new ArrayList<>();
        try {
            org.kroniek.core.DocumentJson.mapper().readTree(run.out()).get("hits")
                    .forEach(h -> ids.add(h.get("id").asText()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ids.stream().sorted().toList();
    }

    private static CliRun run(String store, String... command) {
        List<String> args = new ArrayList<>(List.of(command[0], "--store", store));
        args.addAll(List.of(command).subList(1, command.length));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> rows(String store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (KroniekStore kroniek = KroniekStore.openForReading(StoreAddress.parse(store));
             Statement st = kroniek.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? " | " : "").append(rs.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

}
