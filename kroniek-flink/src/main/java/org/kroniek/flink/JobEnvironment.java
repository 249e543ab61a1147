package org.kroniek.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The Flink settings the job relies on, for an embedded MiniCluster and for a submission to a cluster alike. */
public final class JobEnvironment {
    /** Restarts after a failure before the job gives up (each restores the last checkpoint). */
    public static final int RESTART_ATTEMPTS = 3;

    private JobEnvironment() {
    }

    /** Checkpointing, restarts and object reuse: what exactness and speed depend on, whatever the cluster says. */
    public static Configuration jobConfiguration(JobSettings settings) {
        Configuration config = new Configuration();
        config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, settings.checkpointInterval());
        config.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        // A document costs tens of milliseconds to analyse, so the records buffered between operators can hold a
        // barrier back for many seconds. Unaligned barriers overtake them; Flink stores the overtaken records with
        // the checkpoint and hands them back on restore, so every record is still either written, in the writer's
        // state, or replayed.
        config.set(CheckpointingOptions.ENABLE_UNALIGNED, true);
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, RESTART_ATTEMPTS);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(500));
        // Documents are analysed in place and handed on, never touched again upstream: copies would only cost.
        config.set(PipelineOptions.OBJECT_REUSE, true);
        return config;
    }

    /**
     * A MiniCluster in this JVM with one slot per analysis instance. Checkpoints go to a temporary directory, not
     * the JobManager's memory, which takes at most 5 MB of state per operator instance: the keyed story state
     * (every clustered document's terms) passes that after a few thousand documents, and every checkpoint then
     * fails.
     */
    public static StreamExecutionEnvironment embedded(JobSettings settings) {
        Configuration config = jobConfiguration(settings);
        config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDirectory().toUri().toString());
        return StreamExecutionEnvironment.createLocalEnvironment(settings.parallelism(), config);
    }

    /** Flink deletes a job's checkpoints when it ends; the emptied directory goes when the JVM exits. */
    private static Path checkpointDirectory() {
        try {
            Path dir = Files.createTempDirectory("kroniek-checkpoints-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for checkpoints: " + e.getMessage(), e);
        }
    }

    /** The environment of {@code flink run} (a cluster), with the job's own settings on top. */
    public static StreamExecutionEnvironment cluster(JobSettings settings) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(jobConfiguration(settings));
        env.setParallelism(settings.parallelism());
        return env;
    }
}
