package org.kroniek.flink;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.kroniek.flink.record.JobRecord;

/**
 * An injected fault: in the job's first attempt, once checkpoints have completed and the analysis has passed
 * input number {@code from}, throws (as a crashed task manager would end the task). Later attempts pass.
 */
final class FailOnce extends RichMapFunction<JobRecord, JobRecord> implements CheckpointListener {
    private static final long serialVersionUID = 1L;
    static final AtomicBoolean THROWN = new AtomicBoolean();
    static final AtomicInteger CHECKPOINTS = new AtomicInteger();
    static volatile long failedAt = -1;

    private final long from;

    FailOnce(long from) {
        this.from = from;
    }

    static void reset() {
        THROWN.set(false);
        CHECKPOINTS.set(0);
        failedAt = -1;
    }

    @Override
    public JobRecord map(JobRecord record) {
        boolean firstAttempt = getRuntimeContext().getTaskInfo().getAttemptNumber() == 0;
        if (firstAttempt && record.ordinal() >= from && CHECKPOINTS.get() >= 3 && THROWN.compareAndSet(false, true)) {
            failedAt = record.ordinal();
            throw new IllegalStateException("injected failure at input #" + record.ordinal());
        }
        return record;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        CHECKPOINTS.incrementAndGet();
    }
}
