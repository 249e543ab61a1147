package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Pipeline;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.ParallelIngest;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;
import org.kroniek.store.search.LuceneSearchIndex;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.sql.SqliteDocumentStore;

/**
 * Fault injection on a real file system: a store on a small tmpfs that fills up mid-ingest, and a store on a
 * file system mounted read-only. Needs root (to mount); skips with a message otherwise. CI runs as root.
 */
class DiskFullTest {
    private static final int DOCUMENTS = 2000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFullDiskIsAClearErrorAndTheStoreStaysConsistent() throws Exception {
        Path mount = mountTmpfs("1m");
        try {
            Path corpus = dir.resolve("corpus.jsonl");
            GeneratedCorpus.write(corpus, DOCUMENTS);
            Path store = mount.resolve("store");

            Throwable failure = catchThrowable(() -> ingest(store, corpus));
            assertThat(failure).as("ingesting %d documents into 1 MB", DOCUMENTS).isInstanceOf(StoreException.class);
            assertThat(failure.getMessage()).contains("the disk is full").doesNotContain("\tat ");

            long storedWhenFull;
            // The store must open and agree with itself as it is; space is added only to finish the ingest.
            remount(mount, "size=64m");
            try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
                storedWhenFull = kroniek.documents().count();
                assertConsistent(kroniek);
            }
            assertThat(storedWhenFull).isBetween(1L, DOCUMENTS - 1L);

            ingest(store, corpus);
            try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
                assertThat(kroniek.documents().count()).isEqualTo(DOCUMENTS);
                assertThat(distinctExternalIds(kroniek)).isEqualTo(DOCUMENTS);
                assertConsistent(kroniek);
            }
        } finally {
            unmount(mount);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStoreOnAReadOnlyFileSystemRefusesWritesClearlyAndCanStillBeRead() throws Exception {
        Path mount = mountTmpfs("16m");
        try {
            Path store = mount.resolve("store");
            StoreFixture.write(store, Articles.dutch("a", "2024-09-19T11:42", "ANP", null, Articles.HAVEN));
            remount(mount, "ro");
            assertThatThrownBy(() -> KroniekStore.openForWriting(store))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
            try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
                assertThat(kroniek.documents().count()).isEqualTo(1);
                assertThat(kroniek.search(SearchRequest.of("haven")).total()).isEqualTo(1);
            }
        } finally {
            unmount(mount);
        }
    }

    private static void ingest(Path store, Path corpus) {
        try (KroniekStore kroniek = KroniekStore.openForWriting(store);
             StoreWriter writer = new StoreWriter(kroniek, WriterSettings.defaults().withBatchSize(50)
                     .withIndexCommitTime(Duration.ofMillis(200)), new IngestListener() {
             }, "disk-full test");
             IdentityLookup stored = kroniek.documents().openLookup()) {
            new ParallelIngest(Pipeline.of(), 2).run(new DocumentSource(ReaderOptions.defaults()),
                    List.of(corpus.toString()), writer, stored, new IngestListener() {
                    });
        }
    }

    /** A fresh tmpfs of the given size, or the test is skipped (not root, no mount command, a container). */
    private Path mountTmpfs(String size) throws Exception {
        Path mount = Files.createDirectories(dir.resolve("fs-" + size));
        Run result = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString());
        assumeTrue(result.exit == 0, "cannot mount a tmpfs (needs root): skipped. " + result.output);
        return mount;
    }

    private static void remount(Path mount, String options) throws Exception {
        Run result = run("mount", "-o", "remount," + options, mount.toString());
        assertThat(result.exit).as(result.output).isZero();
    }

    private static void unmount(Path mount) throws Exception {
        run("umount", "-l", mount.toString());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return new Run(process.waitFor(), output);
        } catch (IOException e) {
            return new Run(-1, e.getMessage());
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
        try (Statement st = ((SqliteDocumentStore) kroniek.documents()).connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    private static long distinctExternalIds(KroniekStore kroniek) throws Exception {
        try (Statement st = ((SqliteDocumentStore) kroniek.documents()).connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT external_id) FROM documents")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
