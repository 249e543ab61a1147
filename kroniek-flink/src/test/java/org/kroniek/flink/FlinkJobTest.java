package org.kroniek.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.flink.sink.RunProgress;
import org.kroniek.flink.sink.StoreTarget;
import org.kroniek.flink.source.ReadSettings;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.store.IdentityLookup;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.stories.BCubed;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.ParallelIngest;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;

/** The Flink job on a MiniCluster, against the embedded ingest of the same input. */
@Timeout(600)
class FlinkJobTest {
    /** Enough input that checkpoints complete while much of it is still to come. */
    private static final int COPIES = 3;
    /**
     * Floor for the B-cubed F1 of the keyed stories against the writer's on the samples (measured 0.739 on
     * 2026-11-23, docs/RESULTS.md): a key or clusterer change that splits stories much more fails here.
     */
    private static final double KEYED_STORY_AGREEMENT = 0.65;
    /** The same for the events' coreference ids (measured 0.996: equal but where coreference needs the story). */
    private static final double KEYED_EVENT_AGREEMENT = 0.97;

    @TempDir
    Path dir;

    @Test
    void withStoriesInTheWriterTheJobStoresTheSameDocumentsEventsAndStoriesAsTheEmbeddedIngest() throws Exception {
        List<String> input = List.of(Corpora.samples().toString());
        Path embedded = ingestEmbedded(input, dir.resolve("embedded"));
        Path flink = dir.resolve("flink");
        String key = UUID.randomUUID().toString();
        EmbeddedRun.run(settings(input, flink).withParallelism(2).withStories(StoryMode.WRITER), key,
                UnaryOperator.identity());

        StoreSnapshot expected = StoreSnapshot.of(embedded);
        StoreSnapshot actual = StoreSnapshot.of(flink);
        assertThat(expected.documents()).hasSizeGreaterThan(20);
        assertThat(expected.events()).hasSizeGreaterThan(20);
        assertThat(actual.documents()).containsExactlyElementsOf(expected.documents());
        assertThat(actual.events()).containsExactlyElementsOf(expected.events());
        assertThat(actual.stories()).containsExactlyElementsOf(expected.stories());
        assertThat(actual.indexed()).isEqualTo(expected.indexed()).isEqualTo(expected.documents().size());
        assertThat(RunProgress.of(key).stored()).isEqualTo(expected.documents().size());
    }

    /**
     * Stories clustered per story candidate key: documents and events as the embedded ingest stores them (the
     * writer still numbers the documents and links events), stories close to its stories but not the same. Event
     * ids follow the stories where coreference needs them (an undated mention joins only events of its own story).
     */
    @Test
    void withKeyedStoriesTheJobStoresTheSameDocumentsAndEventsAndNearlyTheSameStories() throws Exception {
        List<String> input = List.of(Corpora.samples().toString());
        Path embedded = ingestEmbedded(input, dir.resolve("embedded"));
        Path flink = dir.resolve("flink");
        EmbeddedRun.run(settings(input, flink).withParallelism(2).withStories(StoryMode.KEYED),
                UUID.randomUUID().toString(), UnaryOperator.identity());

        StoreSnapshot expected = StoreSnapshot.of(embedded);
        StoreSnapshot actual = StoreSnapshot.of(flink);
        assertThat(actual.documents()).containsExactlyElementsOf(expected.documents());
        assertThat(StoreSnapshot.withoutEventIds(actual.events()))
                .containsExactlyElementsOf(StoreSnapshot.withoutEventIds(expected.events()));
        assertThat(actual.stories()).hasSameSizeAs(expected.documents());
        BCubed stories = StoreSnapshot.storyAgreement(expected, actual);
        BCubed events = StoreSnapshot.eventAgreement(expected, actual);
        System.out.printf(java.util.Locale.ROOT, "keyed against writer stories on the samples: %s, F1 %.4f;"
                + " event ids: %s, F1 %.4f%n", stories, stories.f1(), events, events.f1());
        assertThat(stories.f1()).isGreaterThan(KEYED_STORY_AGREEMENT);
        assertThat(events.f1()).isGreaterThan(KEYED_EVENT_AGREEMENT);
    }

    @Test
    void aTaskThatFailsMidStreamIsRestoredFromACheckpointAndTheStoreHoldsEveryDocumentOnce() throws Exception {
        Path corpus = Corpora.jsonLines(Files.createDirectory(dir.resolve("in")), COPIES);
        List<String> input = List.of(corpus.toString());
        Path clean = dir.resolve("clean");
        EmbeddedRun.run(settings(input, clean).withParallelism(2), UUID.randomUUID().toString(), UnaryOperator.identity());

        FailOnce.reset();
        // Stories keyed by candidate (the default): the restore brings back the keyed state (documents waiting for
        // their turn, each key's clustered documents and founders) as well as the writer's.
        Path recovered = dir.resolve("recovered");
        String key = UUID.randomUUID().toString();
        EmbeddedRun.run(settings(input, recovered).withParallelism(2).withCheckpointInterval(Duration.ofMillis(100)),
                key, stream -> stream.map(new FailOnce(27), stream.getType()).name("fail once")
                        .setParallelism(2));

        assertThat(FailOnce.THROWN).as("the injected failure happened").isTrue();
        // The writer came back from a checkpoint taken mid-stream, not from the start.
        RunProgress progress = RunProgress.of(key);
        assertThat(progress.restores()).isEqualTo(1);
        assertThat(progress.restoredAt()).isPositive().isLessThanOrEqualTo(FailOnce.failedAt);
        StoreSnapshot expected = StoreSnapshot.of(clean);
        StoreSnapshot actual = StoreSnapshot.of(recovered);
        assertThat(expected.documents()).hasSize(COPIES * 27);
        assertThat(actual.documents()).containsExactlyElementsOf(expected.documents());
        assertThat(actual.events()).containsExactlyElementsOf(expected.events());
        assertThat(actual.stories()).containsExactlyElementsOf(expected.stories());
        assertThat(actual.indexed()).isEqualTo(expected.documents().size());
        // Inputs after the restored checkpoint were read twice; those already written were recognised, not re-added.
        assertThat(progress.stored()).isEqualTo(expected.documents().size());
        assertThat(progress.processed()).isGreaterThanOrEqualTo(expected.documents().size());
    }

    @Test
    void badInputsAreReportedByNameAndTheJobGoesOn() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), """
                {"id": "good-1", "date": "2024-01-02", "text": "De minister van Defensie bezocht dinsdag de kazerne in Assen."}
                {"id": "broken", "text": 
                {"id": "good-2", "date": "2024-01-03", "text": "Het kabinet heeft woensdag een nieuw plan voor de zorg gepresenteerd."}
                """);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("b.txt"), "De gemeenteraad van Utrecht stemde donderdag in met de begroting.");
        String key = UUID.randomUUID().toString();
        EmbeddedRun.run(settings(List.of(in.toString()), dir.resolve("store")), key, UnaryOperator.identity());

        RunProgress progress = RunProgress.of(key);
        assertThat(progress.stored()).isEqualTo(3);
        assertThat(progress.failed()).isEqualTo(2);
        String failures = progress.nextFailure() + "\n" + progress.nextFailure();
        assertThat(failures).contains("a.jsonl:2: ").contains("empty.txt: empty file");
        assertThat(StoreSnapshot.of(dir.resolve("store")).documents()).hasSize(3);
    }

    @Test
    void aDocumentOverItsAnalysisTimeBudgetIsReportedAndSkippedAndTheJobGoesOn() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), """
                {"id": "slow-1", "date": "2024-01-02", "text": "De minister van Defensie bezocht dinsdag de kazerne in Assen."}
                {"id": "slow-2", "date": "2024-01-03", "text": "Het kabinet heeft woensdag een nieuw plan voor de zorg gepresenteerd."}
                """);
        String key = UUID.randomUUID().toString();
        // A budget no analysis can keep: every document is over it after its first stage.
        EmbeddedRun.run(settings(List.of(in.toString()), dir.resolve("store")).withAnalysisBudget(Duration.ofNanos(1)),
                key, UnaryOperator.identity());

        RunProgress progress = RunProgress.of(key);
        assertThat(progress.stored()).isZero();
        assertThat(progress.failed()).isEqualTo(2);
        String failures = progress.nextFailure() + "\n" + progress.nextFailure();
        assertThat(failures).contains("document slow-1 took").contains("document slow-2 took")
                .contains("budget (--time-budget)");
    }

    @Test
    void inMonitoringModeNewFilesAreIngestedAsTheyAppear() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), "De gemeenteraad van Utrecht stemde donderdag in met de begroting.");
        String key = UUID.randomUUID().toString();
        JobSettings settings = settings(List.of(in.toString()), dir.resolve("store"))
                .withMonitorInterval(Duration.ofSeconds(1)).withCheckpointInterval(Duration.ofSeconds(1));
        JobClient job = EmbeddedRun.start(settings, key);
        try {
            RunProgress progress = RunProgress.of(key);
            waitFor(() -> progress.stored() == 1);
            Files.writeString(in.resolve("2.txt"), "Het waterschap waarschuwt voor hoge waterstanden in de Maas.");
            waitFor(() -> progress.stored() == 2);
        } finally {
            job.cancel().get();
        }
        // Let the cancelled writer close the store before reading it. The job's result completes (exceptionally,
        // being cancelled) once the job is over; polling its status can fail for good once the MiniCluster has
        // cleaned the finished job up.
        try {
            job.getJobExecutionResult().get(180, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException expected) {
            // cancelled, as asked
        }
        Thread.sleep(500);
        assertThat(StoreSnapshot.of(dir.resolve("store")).documents()).hasSize(2);
    }

    private static JobSettings settings(List<String> input, Path store) {
        return JobSettings.of(input, ReadSettings.of(ReaderOptions.defaults()), StoreTarget.directory(store))
                .withActorFiles(List.of(Corpora.fictionActors()));
    }

    private static Path ingestEmbedded(List<String> input, Path store) {
        try (KroniekStore kroniek = KroniekStore.openForWriting(store);
             StoreWriter writer = new StoreWriter(kroniek, WriterSettings.defaults(), new IngestListener() { }, "test");
             IdentityLookup stored = kroniek.documents().openLookup()) {
            new ParallelIngest(NlpPipelines.standard(List.of(Corpora.fictionActors())), 2)
                    .run(new DocumentSource(ReaderOptions.defaults()), input, writer, stored, new IngestListener() { });
        }
        return store;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(50);
        }
    }
}
