package org.kroniek.app.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.core.execution.JobClient;
import org.kroniek.app.cli.AnalysisOptions;
import org.kroniek.app.cli.InputOptions;
import org.kroniek.app.cli.Progress;
import org.kroniek.app.cli.SampleCorpus;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.core.DocumentError;
import org.kroniek.flink.EmbeddedRun;
import org.kroniek.flink.JobSettings;
import org.kroniek.flink.StoryMode;
import org.kroniek.flink.sink.RunProgress;
import org.kroniek.flink.sink.StoreTarget;
import org.kroniek.flink.source.InputRoots;
import org.kroniek.flink.source.ReadSettings;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.KroniekStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek flink run}: the ingest as a Flink job on a MiniCluster in this process. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Read, analyse and store documents with the Flink job on an embedded MiniCluster: the same"
                + " readers, pipeline and store writer as 'kroniek ingest', analysis on N parallel task slots,"
                + " checkpoints and restarts. With --monitor it keeps watching the paths for new files until"
                + " interrupted (Ctrl-C).",
            "With no PATH it reads the bundled sample corpus (samples/).",
            "Exit status: 0 when every document was stored or already there, 2 when some failed (each failure is"
                + " reported on stderr), 1 on a usage error or when the job failed."})
public final class FlinkRunCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files and directories (no stdin).")
    List<String> paths = List.of();

    @Mixin
    InputOptions input;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--parallelism", paramLabel = "N",
            description = "Parallel analysis instances (task slots) (default: 2, or 1 on one core).")
    Integer parallelism;

    @Option(names = "--checkpoint-interval", paramLabel = "MS", defaultValue = "10000",
            description = "Milliseconds between checkpoints (default: ${DEFAULT-VALUE}).")
    long checkpointMillis;

    @Option(names = "--monitor", paramLabel = "INTERVAL",
            description = "Keep running and look for new files every INTERVAL (e.g. 30s, 5m).")
    String monitor;

    @Option(names = "--near-duplicate-threshold", paramLabel = "J", defaultValue = "0.7",
            description = "As for 'kroniek ingest' (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--stories", paramLabel = "MODE", defaultValue = "keyed",
            description = "Where stories are clustered: 'keyed' (by story candidate key, in parallel, the default)"
                    + " or 'writer' (in the single writer, exactly as 'kroniek ingest').")
    String stories;

    @Override
    public Integer call() throws Exception {
        List<String> inputs = paths.isEmpty() ? List.of(SampleCorpus.directory().toString()) : paths;
        ReaderOptions options = input.readerOptions();
        if (!options.problems().isEmpty()) {
            options.problems().forEach(p -> System.err.println("kroniek: " + p));
            return 1;
        }
        if (inputs.contains("-")) {
            System.err.println("kroniek: the Flink job reads files and directories, not stdin ('-')");
            return 1;
        }
        List<String> missing = new InputRoots(inputs).missing();
        if (!missing.isEmpty()) {
            missing.forEach(p -> System.err.println("kroniek: " + p + ": no such file or directory"));
            return 1;
        }
        JobSettings settings;
        try {
            Duration interval = monitor == null ? null : MonitorInterval.parse(monitor);
            int n = parallelism != null ? parallelism : Math.min(2, Runtime.getRuntime().availableProcessors());
            settings = JobSettings.of(inputs, ReadSettings.of(options), new StoreTarget(store.text()))
                    .withParallelism(n).withCheckpointInterval(Duration.ofMillis(checkpointMillis))
                    .withMonitorInterval(interval).withActorFiles(analysis.actorFiles())
                    .withNearDuplicateThreshold(threshold).withStories(StoryMode.parse(stories))
                    .withAnalysisBudget(analysis.timeBudget());
        } catch (IllegalArgumentException e) {
            System.err.println("kroniek: " + e.getMessage());
            return 1;
        }
        return run(settings);
    }

    private int run(JobSettings settings) throws Exception {
        String key = UUID.randomUUID().toString();
        RunProgress counts = RunProgress.of(key);
        Progress progress = Progress.onStderrOrLog("documents", -1, Duration.ofSeconds(10));
        long started = System.nanoTime();
        JobClient job = EmbeddedRun.start(settings, key);
        Thread stopOnInterrupt = Thread.ofPlatform().unstarted(() -> stop(job));
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        CompletableFuture<?> result = job.getJobExecutionResult();
        boolean failed = false;
        try {
            while (!result.isDone()) {
                follow(counts, progress);
                try {
                    result.get(250, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // keep showing progress
                }
            }
            result.get();
        } catch (ExecutionException e) {
            failed = true;
            System.err.println("kroniek: the Flink job failed: " + rootMessage(e));
        } finally {
            follow(counts, progress);
            progress.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it stops the job
            }
            RunProgress.forget(key);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.println(summary(counts, seconds, settings.parallelism()));
        try (KroniekStore kroniek = settings.store().openForReading()) {
            System.err.printf(Locale.ROOT, "kroniek: store %s holds %,d documents (%,d near-duplicates)%n",
                    store.location(), kroniek.documents().count(), kroniek.documents().duplicateCount());
        }
        return failed ? 1 : counts.failed() == 0 ? 0 : 2;
    }

    /** Brings the progress line up to date and prints failures the writer has seen. */
    private static void follow(RunProgress counts, Progress progress) {
        for (DocumentError error = counts.nextFailure(); error != null; error = counts.nextFailure()) {
            progress.message("kroniek: error: " + error);
        }
        long delta = counts.processed() - progress.done();
        if (delta > 0) {
            progress.advance(delta);
        }
    }

    /** Ctrl-C: cancel the job (the writer commits what it has on closing) and wait a little for it to end. */
    private static void stop(JobClient job) {
        try {
            job.cancel().get(30, TimeUnit.SECONDS);
            job.getJobExecutionResult().handle((r, e) -> null).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // already finished, or the process is going down anyway
        }
    }

    static String summary(RunProgress counts, double seconds, int parallelism) {
        return String.format(Locale.ROOT, "kroniek: %,d new (%,d near-duplicates linked), %,d unchanged, %,d failed"
                        + " in %.2f s (%.1f documents/s, %,.0f tokens/s, parallelism %d)", counts.stored(),
                counts.duplicates(), counts.unchanged(), counts.failed(), seconds,
                counts.processed() / Math.max(seconds, 1e-9), counts.tokens() / Math.max(seconds, 1e-9), parallelism);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
