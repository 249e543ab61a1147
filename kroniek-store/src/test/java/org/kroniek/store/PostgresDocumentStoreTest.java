package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.store.dedup.DocumentIdentity;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.IngestOutcome;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.testsupport.PostgresServer;

/** The PostgreSQL {@link DocumentStore}: batches, identities, near-duplicates, runs, re-ingest and concurrent writers. */
class PostgresDocumentStoreTest {
    private StoreAddress store;
    private String url;

    @BeforeEach
    void database() {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        url = PostgresServer.shared().createDatabase("documents");
        store = StoreAddress.parse(url);
    }

    private static DocumentToStore toStore(DocumentStore documents, long previous, Document doc, long runId) {
        DocumentIdentity identity = DocumentIdentity.of(doc);
        return new DocumentToStore(documents.allocateSequence(previous), identity.identity(), identity.contentHash(),
                doc, null, null, null, new long[0], Instant.now().toString(), runId);
    }

    @Test
    void aBatchIsVisibleToItsWriterAndDurableOnlyWhenCommitted() {
        Document haven = Articles.dutch("haven", "2024-09-19T11:42", "ANP", "Redactie", Articles.HAVEN);
        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            DocumentStore documents = kroniek.documents();
            long run = documents.beginRun("test");
            DocumentToStore first = toStore(documents, 0, haven, run);
            documents.insert(first);
            assertThat(documents.findIdentity(first.identity())).contains(first.sequence());
            documents.rollback();
            assertThat(documents.findIdentity(first.identity())).isEmpty();
            assertThat(documents.count()).isZero();

            DocumentToStore second = toStore(documents, 0, haven, run);
            assertThat(second.sequence()).as("sequence numbers are never reused").isGreaterThan(first.sequence());
            documents.insert(second);
            documents.commit();
            // The same identity again (a replayed checkpoint, another writer): nothing changes.
            documents.insert(toStore(documents, second.sequence(), haven, run));
            documents.commit();
            assertThat(documents.count()).isEqualTo(1);
            assertThat(documents.lastSequence()).isEqualTo(second.sequence());
            assertThat(kroniek.load(second.sequence())).hasValueSatisfying(doc -> {
                assertThat(doc.getText()).isEqualTo(Articles.HAVEN);
                assertThat(doc.getSentences()).isEqualTo(haven.getSentences());
                assertThat(doc.getPublisher()).isEqualTo("ANP");
            });
            List<IndexedDocument> after = new ArrayList<>();
            documents.forEachAfter(0, after::add);
            assertThat(after).extracting(IndexedDocument::sequence).containsExactly(second.sequence());
            assertThat(after.get(0).firstSentence()).startsWith("De onderhandeling");
            documents.finishRun(run, new IngestCounts());
        }
    }

    @Test
    void nearDuplicatesAreLinkedToTheFirstCopy() throws Exception {
        String republished = Articles.HAVEN.replace(
                "Het bedrijf biedt drie procent en wil niet praten over eerder stoppen met werken.",
                "Het bedrijf biedt hooguit drie procent en wil niet praten over eerder stoppen.");
        List<IngestOutcome> outcomes = StoreFixture.write(store,
                Articles.dutch("anp", "2024-09-19T11:42", "ANP", "Redactie", Articles.HAVEN),
                Articles.dutch("nos", "2024-09-19T12:10", "NOS", "Sanne de Wit", republished),
                Articles.dutch("copy", "2024-09-19T13:00", "De Krant", null, Articles.HAVEN));
        assertThat(outcomes).containsExactly(IngestOutcome.NEW, IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE);
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            assertThat(kroniek.documents().duplicateCount()).isEqualTo(2);
            var hits = kroniek.search(SearchRequest.of("havenwerkers")).hits();
            assertThat(hits).singleElement().satisfies(hit -> {
                assertThat(hit.id()).isEqualTo("anp");
                assertThat(hit.duplicates()).isEqualTo(2);
            });
        }
    }

    @Test
    void reingestingTheSameDocumentsChangesNothingAndRunsAreRecorded() throws SQLException {
        Document[] docs = {
            Articles.withActor(Articles.dutch("haven", "2024-09-19T11:42", "ANP", "Redactie", Articles.HAVEN),
                    "Nadia el Khatib", "PER", "NLD:LAB"),
            Articles.withEvent(Articles.dutch("wenen", "2025-02", "NOS", null,
                    "De gesprekken in Wenen zijn uitgesteld. Belovië stuurde geen delegatie naar het overleg."),
                    "overleg", "CONSULT", "BLV:GOV")};
        StoreFixture.write(store, docs);
        Map<String, String> before = tableCounts();
        assertThat(StoreFixture.write(store, docs)).containsOnly(IngestOutcome.UNCHANGED);
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(before).containsEntry("documents", "2").containsEntry("events", "1")
                .containsEntry("story_members", "2").containsEntry("actor_mentions", "1");
        try (Connection c = PostgresServer.shared().connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT new_documents, unchanged FROM ingest_runs ORDER BY run_id")) {
            List<String> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(rs.getLong(1) + "/" + rs.getLong(2));
            }
            assertThat(runs).containsExactly("2/0", "0/2");
        }
    }

    private Map<String, String> tableCounts() throws SQLException {
        Map<String, String> counts = new java.util.TreeMap<>();
        try (Connection c = PostgresServer.shared().connect(url); Statement st = c.createStatement()) {
            for (String table : List.of("documents", "document_layers", "entities", "events", "actors",
                    "minhash_buckets", "stories", "story_members")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(mentions), 0) FROM actor_days")) {
                rs.next();
                counts.put("actor_mentions", rs.getString(1));
            }
        }
        return counts;
    }

    @Test
    void concurrentWritersStoreEachDocumentOnceWithUniqueSequencesAndLinkEveryDocument() throws Exception {
        List<Document> corpus = new ArrayList<>();
        for (int n = 0; n < 48; n++) {
            corpus.add(Articles.dutch("gen-" + n, "2025-03-" + String.format("%02d", 1 + n % 28), "Testbureau", null,
                    "Bericht " + n + " over de gemeente " + (char) ('A' + n % 26) + "dorp. De raad vergaderde over de"
                            + " begroting voor het jaar " + (2000 + n) + " en besloot tot uitstel van plan " + n
                            + ". Bewoners reageerden verdeeld op het voorstel nummer " + (n * 7) + "."));
        }
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<IngestOutcome>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int offset = w * 8;
            results.add(pool.submit(() -> {
                // Overlapping slices: each document is offered by two writers.
                List<Document> mine = new ArrayList<>(corpus.subList(offset, offset + 16));
                try (KroniekStore kroniek = KroniekStore.openForWriting(store);
                     StoreWriter writer = new StoreWriter(kroniek, WriterSettings.defaults().withBatchSize(3),
                             new IngestListener() { }, "writer " + offset)) {
                    return mine.stream().map(writer::add).toList();
                }
            }));
        }
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (Future<List<IngestOutcome>> result : results) {
            outcomes.addAll(result.get());
        }
        pool.shutdown();
        assertThat(outcomes).hasSize(64);
        // A last writer opening links whatever the writers that stopped last left unlinked.
        StoreFixture.write(store);
        try (Connection c = PostgresServer.shared().connect(url); Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT count(*) FROM documents")).isEqualTo("40");
            assertThat(single(st, "SELECT count(DISTINCT identity) FROM documents")).isEqualTo("40");
            assertThat(single(st, "SELECT count(DISTINCT external_id) FROM documents")).isEqualTo("40");
            assertThat(single(st, "SELECT count(DISTINCT seq) FROM story_members")).isEqualTo("40");
            assertThat(single(st, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_members m "
                    + "WHERE m.seq = d.seq)")).isEqualTo("0");
            assertThat(single(st, "SELECT last_seq = (SELECT max(seq) FROM documents) FROM linking_progress"))
                    .isEqualTo("t");
            assertThat(single(st, "SELECT count(*) FROM document_layers WHERE layer = 'sentences'")).isEqualTo("40");
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aNulCharacterPostgresqlCannotHoldIsStoredAsASpace() {
        Document doc = Articles.dutch("nul", "2024-09-19T11:42", "ANP", null,
                "Een bericht met een \u0000 teken over de haven van Rotterdam.");
        assertThat(StoreFixture.write(store, doc)).containsExactly(IngestOutcome.NEW);
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            assertThat(kroniek.load(kroniek.documents().lastSequence())).hasValueSatisfying(stored ->
                    assertThat(stored.getText()).isEqualTo("Een bericht met een   teken over de haven van Rotterdam."));
        }
    }

    @Test
    void aStoreThatIsNotThereOrCannotBeReachedIsAClearError() {
        assertThatThrownBy(() -> KroniekStore.openForReading(store))
                .isInstanceOf(StoreException.class).hasMessageContaining("no kroniek store in");
        String unknownDatabase = url.substring(0, url.lastIndexOf('/') + 1) + "no_such_database";
        assertThatThrownBy(() -> KroniekStore.openForWriting(StoreAddress.parse(unknownDatabase)))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> KroniekStore.openForReading(StoreAddress.parse("postgresql://kroniek@127.0.0.1:1/x")))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot connect to the PostgreSQL store");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://host-without-database"))
                .isInstanceOf(StoreException.class).hasMessageContaining("is not a PostgreSQL URL");
    }
}
