package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyStoreDirectoryIsAClearError() throws Exception {
        Path store = dir.resolve("store");
        StoreFixture.write(store, Articles.dutch("a", "2024-09-19T11:42", "ANP", null, Articles.HAVEN));
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(store), "running as root: permissions do not bind");
            assertThatThrownBy(() -> KroniekStore.openForWriting(store))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        } finally {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileOrAForeignDirectoryIsNotTakenForAStore() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> KroniekStore.openForWriting(file))
                .isInstanceOf(StoreException.class).hasMessageContaining("is a file");
        assertThatThrownBy(() -> KroniekStore.openForWriting(dir))
                .isInstanceOf(StoreException.class).hasMessageContaining("not empty and holds no kroniek store");
    }

    @Test
    void searchingAMissingStoreSaysHowToCreateOne() {
        assertThatThrownBy(() -> KroniekStore.openForReading(dir.resolve("nothing")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no kroniek store at")
                .hasMessageContaining("kroniek ingest");
    }

    @Test
    void oneWriterAtATime() {
        Path store = dir.resolve("store");
        try (KroniekStore first = KroniekStore.openForWriting(store)) {
            assertThatThrownBy(() -> KroniekStore.openForWriting(store))
                    .isInstanceOf(StoreException.class).hasMessageContaining("in use by another kroniek process");
            assertThat(first.documents().count()).isZero();
        }
    }

    @Test
    void theStoreLocationComesFromTheOptionTheEnvironmentOrTheDefault() {
        assertThat(StoreLocation.resolve(Path.of("x"), Map.of("KRONIEK_STORE", "y"))).isEqualTo(Path.of("x"));
        assertThat(StoreLocation.resolve(null, Map.of("KRONIEK_STORE", "y"))).isEqualTo(Path.of("y"));
        assertThat(StoreLocation.resolve(null, Map.of())).isEqualTo(Path.of("kroniek-data"));
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabase() throws Exception {
        Path store = dir.resolve("store");
        StoreFixture.write(store, Articles.dutch("a", "2024-09-19T11:42", "ANP", null, Articles.HAVEN));
        try (var files = Files.walk(store.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            assertThat(kroniek.reconcileReport().reindexed()).isEqualTo(1);
            assertThat(kroniek.index().count()).isEqualTo(1);
        }
    }
}
