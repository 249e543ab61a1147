package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.search.LuceneSearchIndex;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.sql.SqliteDocumentStore;

/** Kills a real ingest process and checks that rerunning it leaves a consistent store. */
class CrashRecoveryTest {
    private static final int DOCUMENTS = 3000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void killMinusNineMidwayThenRerunStoresEveryDocumentExactlyOnce() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        GeneratedCorpus.write(corpus, DOCUMENTS);
        Path store = dir.resolve("store");

        Process child = startChild(store, corpus);
        int commits = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && commits < 5) {
                if (line.startsWith("committed")) {
                    commits++;
                }
            }
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(commits).as("the child committed batches before it was killed").isEqualTo(5);

        long storedBeforeRerun;
        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            storedBeforeRerun = kroniek.documents().count();
            assertConsistent(kroniek);
        }
        assertThat(storedBeforeRerun).isBetween(250L, DOCUMENTS - 1L);

        Process rerun = startChild(store, corpus);
        String output = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).as(output).isZero();

        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            assertThat(kroniek.reconcileReport().repaired()).isFalse();
            assertThat(kroniek.documents().count()).isEqualTo(DOCUMENTS);
            assertThat(distinctExternalIds(kroniek)).isEqualTo(DOCUMENTS);
            assertConsistent(kroniek);
            for (int n : new int[] {0, 1, storedBeforeRerun > 0 ? (int) storedBeforeRerun : 2, DOCUMENTS - 1}) {
                assertThat(kroniek.search(SearchRequest.of(GeneratedCorpus.marker(n)).withDuplicates(true)).total())
                        .as("marker of document %d", n).isEqualTo(1);
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCrashBetweenDatabaseCommitAndIndexIsRepairedOnOpen() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        GeneratedCorpus.write(corpus, 400);
        Path store = dir.resolve("store");

        Process child = startChild(store, corpus, "3");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(137);

        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            // Three batches of 50 were committed to the database; the index committed only the first two.
            assertThat(kroniek.documents().count()).isEqualTo(150);
            assertThat(kroniek.reconcileReport().reindexed()).isEqualTo(50);
            assertConsistent(kroniek);
        }
    }

    @Test
    void indexEntriesTheDatabaseLostAreRemoved() throws Exception {
        Path store = dir.resolve("store");
        StoreFixture.write(store, Articles.dutch("a", "2024-09-19T11:42", "ANP", null, Articles.HAVEN));
        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            // As after a power cut that rolled back the database's last batch but not the index commit.
            kroniek.index().add(new IndexedDocument(2, "lost", null, "nl", null, null, null, null, "verloren tekst",
                    "", java.util.Set.of(), java.util.Set.of(), null));
            kroniek.index().commit(2);
        }
        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            assertThat(kroniek.reconcileReport().removed()).isTrue();
            assertConsistent(kroniek);
        }
    }

    private static void assertConsistent(KroniekStore kroniek) throws Exception {
        List<Long> inDatabase = new ArrayList<>();
        try (Statement st = ((SqliteDocumentStore) kroniek.documents()).connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT seq FROM documents ORDER BY seq")) {
            while (rs.next()) {
                inDatabase.add(rs.getLong(1));
            }
        }
        assertThat(((LuceneSearchIndex) kroniek.index()).sequences()).isEqualTo(inDatabase);
        assertThat(kroniek.index().committedSequence()).isEqualTo(kroniek.documents().lastSequence());
    }

    private static long distinctExternalIds(KroniekStore kroniek) throws Exception {
        try (Statement st = ((SqliteDocumentStore) kroniek.documents()).connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT external_id) FROM documents")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Process startChild(Path store, Path corpus, String... extra) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                store.toString(), corpus.toString()));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
