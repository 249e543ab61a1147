package org.kroniek.flink.source;

import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.kroniek.flink.record.JobRecord;

/**
 * Numbers the inputs in reading order, right behind the source (parallelism 1, chained to it). The counter is
 * checkpointed with the source's position, so after a restore the replayed inputs get the numbers they had.
 */
public final class InputNumbering extends ProcessFunction<JobRecord, JobRecord> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;

    private transient ListState<Long> checkpointed;
    private long next;

    @Override
    public void processElement(JobRecord record, Context context, Collector<JobRecord> out) {
        record.setOrdinal(next++);
        out.collect(record);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointed.update(List.of(next));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("next-ordinal", Types.LONG));
        for (Long value : checkpointed.get()) {
            next = Math.max(next, value);
        }
    }
}
