package org.kroniek.flink.source;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.kroniek.flink.record.JobRecord;

/**
 * Makes the input number a record's event time, with a watermark after every record. The numbering runs once and
 * in order, so watermark {@code n} says that every input up to {@code n} has been sent; downstream of the parallel
 * analysis an operator whose watermark reached {@code n} has received them all, and event-time timers let it
 * handle its records in input order (what keeps the keyed story step deterministic).
 */
public final class InputOrderTime {
    private InputOrderTime() {
    }

    public static WatermarkStrategy<JobRecord> strategy() {
        return WatermarkStrategy.<JobRecord>forGenerator(context -> new AfterEachRecord())
                .withTimestampAssigner((record, previous) -> record.ordinal());
    }

    private static final class AfterEachRecord implements WatermarkGenerator<JobRecord> {
        @Override
        public void onEvent(JobRecord record, long eventTimestamp, WatermarkOutput output) {
            output.emitWatermark(new Watermark(record.ordinal()));
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            // every record already moved the watermark
        }
    }
}
