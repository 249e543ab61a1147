package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.sql.Migrations;
import org.kroniek.store.sql.SchemaMigrator;
import org.kroniek.store.sql.SqliteDocumentStore;

class SchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDatabaseToTheLatestVersionOnce() throws Exception {
        Path db = dir.resolve("kroniek.db");
        try (SqliteDocumentStore store = SqliteDocumentStore.openForWriting(db)) {
            Connection c = store.connection();
            assertThat(SchemaMigrator.currentVersion(c)).isEqualTo(Migrations.latestVersion());
            assertThat(tables(c)).contains("documents", "document_layers", "entities", "mentions", "timexes",
                    "events", "actors", "actor_days", "minhash_signatures", "minhash_buckets", "stories",
                    "story_members", "ingest_runs", "schema_version");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
        }
        try (SqliteDocumentStore store = SqliteDocumentStore.openForWriting(db)) {
            assertThat(new SchemaMigrator(Migrations.ALL).migrate(store.connection(), "again")).isZero();
        }
    }

    @Test
    void refusesADatabaseFromANewerKroniek() throws Exception {
        Path db = dir.resolve("kroniek.db");
        try (SqliteDocumentStore store = SqliteDocumentStore.openForWriting(db);
             Statement st = store.connection().createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2099-01-01')");
            store.connection().commit();
        }
        assertThatThrownBy(() -> SqliteDocumentStore.openForWriting(db))
                .isInstanceOf(StoreException.class).hasMessageContaining("schema version 99");
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
