package org.kroniek.flink;

import java.util.function.UnaryOperator;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.kroniek.flink.record.JobRecord;

/** Runs the job on a MiniCluster inside this JVM: {@code kroniek flink run} and the tests. */
public final class EmbeddedRun {
    private EmbeddedRun() {
    }

    /** Submits the job and returns at once; the MiniCluster stops when the job ends. */
    public static JobClient start(JobSettings settings, String progressKey,
                                  UnaryOperator<DataStream<JobRecord>> afterAnalysis) throws Exception {
        StreamExecutionEnvironment env = JobEnvironment.embedded(settings);
        KroniekJob.build(env, settings, progressKey, afterAnalysis);
        return env.executeAsync(KroniekJob.NAME);
    }

    public static JobClient start(JobSettings settings, String progressKey) throws Exception {
        return start(settings, progressKey, UnaryOperator.identity());
    }

    /** Runs a bounded job to its end; throws when it failed (after its restarts). */
    public static void run(JobSettings settings, String progressKey,
                           UnaryOperator<DataStream<JobRecord>> afterAnalysis) throws Exception {
        start(settings, progressKey, afterAnalysis).getJobExecutionResult().get();
    }
}
