package org.kroniek.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.flink.sink.RunProgress;
import org.kroniek.flink.sink.StoreTarget;
import org.kroniek.flink.source.ReadSettings;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.StoreAddress;
import org.kroniek.testsupport.PostgresServer;

/**
 * The Flink job writing to a real PostgreSQL server: the same store as a run into a store directory, nothing added
 * by a rerun, and every document exactly once after a task failed mid-stream and was restored from a checkpoint.
 */
@Timeout(600)
class FlinkPostgresTest {
    @TempDir
    Path dir;

    @Test
    void theJobWritesTheSameDocumentsEventsAndStoriesToPostgresqlAndARerunAddsNothing() throws Exception {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        String url = PostgresServer.shared().createDatabase("flink");
        List<String> input = List.of(Corpora.samples().toString());

        Path directory = dir.resolve("directory");
        EmbeddedRun.run(settings(input, directory.toString()), UUID.randomUUID().toString(), UnaryOperator.identity());
        EmbeddedRun.run(settings(input, url), UUID.randomUUID().toString(), UnaryOperator.identity());

        StoreSnapshot expected = StoreSnapshot.of(directory);
        StoreSnapshot actual = StoreSnapshot.of(StoreAddress.parse(url));
        assertThat(expected.documents()).hasSizeGreaterThan(20);
        assertThat(actual.documents()).containsExactlyElementsOf(expected.documents());
        assertThat(actual.events()).containsExactlyElementsOf(expected.events());
        assertThat(actual.stories()).containsExactlyElementsOf(expected.stories());
        assertThat(actual.indexed()).isEqualTo(expected.documents().size());

        // A second run over the same input (a restart from scratch) recognises every document and stores nothing.
        String again = UUID.randomUUID().toString();
        EmbeddedRun.run(settings(input, url), again, UnaryOperator.identity());
        assertThat(RunProgress.of(again).stored()).isZero();
        assertThat(StoreSnapshot.of(StoreAddress.parse(url)).documents()).containsExactlyElementsOf(expected.documents());
    }

    @Test
    void aTaskThatFailsMidStreamIsRestoredAndPostgresqlHoldsEveryDocumentOnce() throws Exception {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        Path corpus = Corpora.jsonLines(Files.createDirectory(dir.resolve("in")), 3);
        List<String> input = List.of(corpus.toString());
        String clean = PostgresServer.shared().createDatabase("flink_clean");
        EmbeddedRun.run(settings(input, clean), UUID.randomUUID().toString(), UnaryOperator.identity());

        FailOnce.reset();
        String recovered = PostgresServer.shared().createDatabase("flink_recovered");
        String key = UUID.randomUUID().toString();
        EmbeddedRun.run(settings(input, recovered).withCheckpointInterval(Duration.ofMillis(100)), key,
                stream -> stream.map(new FailOnce(27), stream.getType()).name("fail once").setParallelism(2));

        assertThat(FailOnce.THROWN).as("the injected failure happened").isTrue();
        RunProgress progress = RunProgress.of(key);
        assertThat(progress.restores()).isEqualTo(1);
        StoreSnapshot expected = StoreSnapshot.of(StoreAddress.parse(clean));
        StoreSnapshot actual = StoreSnapshot.of(StoreAddress.parse(recovered));
        assertThat(expected.documents()).hasSize(3 * 27);
        assertThat(actual.documents()).containsExactlyElementsOf(expected.documents());
        assertThat(actual.events()).containsExactlyElementsOf(expected.events());
        assertThat(actual.stories()).containsExactlyElementsOf(expected.stories());
        assertThat(progress.stored()).isEqualTo(expected.documents().size());
    }

    private static JobSettings settings(List<String> input, String store) {
        return JobSettings.of(input, ReadSettings.of(ReaderOptions.defaults()), new StoreTarget(store))
                .withParallelism(2).withActorFiles(List.of(Corpora.fictionActors()));
    }
}
