package org.kroniek.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kroniek.flink.sink.StoreTarget;
import org.kroniek.flink.source.ReadSettings;
import org.kroniek.store.dedup.NearDuplicateDetector;

/**
 * What one run of the kroniek job does.
 *
 * @param paths              files and directories to read, in order
 * @param read               reader options (format, fallback date, size limit)
 * @param actorFiles         extra actor knowledge-base files ({@code --actors})
 * @param store              where documents go
 * @param parallelism        analysis instances (the source and the writer run once each)
 * @param checkpointInterval time between checkpoints
 * @param monitorInterval    null for a bounded run; otherwise how often to look for new files (the job then runs
 *                           until cancelled)
 * @param nearDuplicateThreshold as {@code kroniek ingest --near-duplicate-threshold}
 * @param stories            where stories are clustered: keyed by story candidate (parallel) or in the writer
 * @param analysisBudget     how long one document's analysis may take ({@code --time-budget}); a document that
 *                           takes longer is reported and skipped
 */
public record JobSettings(List<String> paths, ReadSettings read, List<Path> actorFiles, StoreTarget store,
                          int parallelism, Duration checkpointInterval, Duration monitorInterval,
                          double nearDuplicateThreshold, StoryMode stories,
                          Duration analysisBudget) {
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);
    /** As {@code kroniek ingest --time-budget}. */
    public static final Duration DEFAULT_ANALYSIS_BUDGET = Duration.ofSeconds(10);

    public JobSettings {
        paths = List.copyOf(paths);
        actorFiles = List.copyOf(actorFiles);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        if (checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("the checkpoint interval must be at least 10 ms");
        }
        if (analysisBudget == null || analysisBudget.isNegative() || analysisBudget.isZero()) {
            throw new IllegalArgumentException("the analysis time budget must be positive");
        }
        if (stories == null) {
            throw new IllegalArgumentException("no story mode");
        }
        if (monitorInterval != null && monitorInterval.toMillis() < 1) {
            throw new IllegalArgumentException("the monitoring interval must be positive");
        }
    }

    public static JobSettings of(List<String> paths, ReadSettings read, StoreTarget store) {
        return new JobSettings(paths, read, List.of(), store, 1, DEFAULT_CHECKPOINT_INTERVAL, null,
                NearDuplicateDetector.DEFAULT_THRESHOLD, StoryMode.KEYED, DEFAULT_ANALYSIS_BUDGET);
    }

    public JobSettings withParallelism(int n) {
        return new JobSettings(paths, read, actorFiles, store, n, checkpointInterval, monitorInterval,
                nearDuplicateThreshold, stories, analysisBudget);
    }

    public JobSettings withCheckpointInterval(Duration interval) {
        return new JobSettings(paths, read, actorFiles, store, parallelism, interval, monitorInterval,
                nearDuplicateThreshold, stories, analysisBudget);
    }

    public JobSettings withMonitorInterval(Duration interval) {
        return new JobSettings(paths, read, actorFiles, store, parallelism, checkpointInterval, interval,
                nearDuplicateThreshold, stories, analysisBudget);
    }

    public JobSettings withActorFiles(List<Path> files) {
        return new JobSettings(paths, read, files, store, parallelism, checkpointInterval, monitorInterval,
                nearDuplicateThreshold, stories, analysisBudget);
    }

    public JobSettings withNearDuplicateThreshold(double threshold) {
        return new JobSettings(paths, read, actorFiles, store, parallelism, checkpointInterval, monitorInterval,
                threshold, stories, analysisBudget);
    }

    public JobSettings withStories(StoryMode mode) {
        return new JobSettings(paths, read, actorFiles, store, parallelism, checkpointInterval, monitorInterval,
                nearDuplicateThreshold, mode, analysisBudget);
    }

    public JobSettings withAnalysisBudget(Duration budget) {
        return new JobSettings(paths, read, actorFiles, store, parallelism, checkpointInterval, monitorInterval,
                nearDuplicateThreshold, stories, budget);
    }

    public boolean bounded() {
        return monitorInterval == null;
    }
}
