package org.kroniek.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.app.Main;
import org.kroniek.core.DocumentJson;

class BenchIngestCommandTest {
    @TempDir
    Path dir;

    private static final String SAMPLES = Path.of(System.getProperty("kroniek.root", "..")).resolve("samples").toString();

    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void ingestsGeneratedArticlesIntoAKeptStoreAndTimesSearches() throws Exception {
        Path store = dir.resolve("store");
        String[] result = run("bench", "ingest", "--corpus", SAMPLES, "--documents", "150", "--queries", "30", "--store", store.toString(),
                "--json");
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        JsonNode json = DocumentJson.mapper().readTree(result[1]);
        assertThat(json.get("documents").asLong()).isEqualTo(150);
        assertThat(json.get("failed").asLong()).isZero();
        assertThat(json.get("near_duplicates").asLong()).isBetween(1L, 100L);
        assertThat(json.get("tokens_per_document").asLong()).isGreaterThan(20);
        assertThat(json.get("documents_per_second").asDouble()).isPositive();
        assertThat(json.get("stories").asLong()).isPositive();
        assertThat(json.get("database_kb_per_document").asDouble()).isPositive();
        assertThat(json.get("index_kb_per_document").asDouble()).isPositive();
        assertThat(json.get("queries").asInt()).isEqualTo(30);
        assertThat(json.get("mean_hits").asLong()).isPositive();
        assertThat(json.get("search_p99_ms").asDouble()).isGreaterThanOrEqualTo(json.get("search_p50_ms").asDouble());
        assertThat(store.resolve("kroniek.db")).exists();

        // The store is kept, and a second run refuses to measure on it (everything would be "unchanged").
        String[] again = run("bench", "ingest", "--corpus", SAMPLES, "--documents", "10", "--queries", "0", "--store", store.toString());
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[2]).contains("already holds a store");
    }

    @Test
    void aTemporaryStoreIsDeletedAfterwards() throws Exception {
        long before;
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            before = files.filter(p -> p.getFileName().toString().startsWith("kroniek-bench-store-")).count();
        }
        String[] result = run("bench", "ingest", "--corpus", SAMPLES, "--documents", "40", "--queries", "0");
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        assertThat(result[1]).contains("documents_per_second", "database_kb_per_document").doesNotContain("search_p99_ms");
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("kroniek-bench-store-")).count())
                    .isEqualTo(before);
        }
    }
}
