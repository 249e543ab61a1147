package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code kroniek flink run} end to end on a MiniCluster: summary, rerun, failures, usage errors. */
@Timeout(600)
class FlinkRunCommandTest {
    @TempDir
    Path dir;

    @Test
    void theJobStoresNewDocumentsReportsBadOnesAndARerunAddsNothing() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), "De gemeenteraad van Utrecht stemde donderdag in met de begroting.");
        Files.writeString(in.resolve("2.txt"), "Het waterschap waarschuwt voor hoge waterstanden in de Maas.");
        Files.writeString(in.resolve("3.jsonl"), "{\"id\": \"kapot\", \"text\": \n");
        String store = dir.resolve("store").toString();

        CliRun first = CliRun.of("flink", "run", "--parallelism", "2", "--store", store, in.toString());
        assertThat(first.status()).as(first.err()).isEqualTo(2);
        assertThat(first.err()).contains("kroniek: error: " + in.resolve("3.jsonl") + ":1: ")
                .contains("2 new (0 near-duplicates linked), 0 unchanged, 1 failed")
                .contains("tokens/s, parallelism 2)").contains("holds 2 documents");

        Files.delete(in.resolve("3.jsonl"));
        CliRun again = CliRun.of("flink", "run", "--parallelism", "1", "--store", store, in.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).contains("0 new (0 near-duplicates linked), 2 unchanged, 0 failed", "holds 2 documents");
    }

    @Test
    void usageErrorsAreRefusedBeforeTheJobStarts() {
        CliRun missing = CliRun.of("flink", "run", "--store", dir.resolve("s").toString(), dir.resolve("nope").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("nope: no such file or directory");

        CliRun stdin = CliRun.of("flink", "run", "--store", dir.resolve("s").toString(), "-");
        assertThat(stdin.status()).isEqualTo(1);
        assertThat(stdin.err()).contains("not stdin");

        CliRun interval = CliRun.of("flink", "run", "--monitor", "soon", dir.toString());
        assertThat(interval.status()).isEqualTo(1);
        assertThat(interval.err()).contains("not an interval: 'soon'");
    }
}
