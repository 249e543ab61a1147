package org.kroniek.flink;

import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.kroniek.flink.analyse.AnalyseDocuments;
import org.kroniek.flink.analyse.FailureLog;
import org.kroniek.flink.record.JobRecord;
import org.kroniek.flink.record.JobRecordType;
import org.kroniek.flink.sink.StoreSink;
import org.kroniek.flink.source.DocumentFiles;
import org.kroniek.flink.source.InputNumbering;
import org.kroniek.flink.source.InputOrderTime;
import org.kroniek.flink.source.InputRoots;
import org.kroniek.flink.stories.StoryCandidates;
import org.kroniek.flink.stories.StoryKey;

/**
 * The kroniek DataStream job:
 * <pre>
 *   file source ─► number inputs ─rebalance─► analyse (N) ─keyBy story candidate─► stories (N) ─► store writer (1)
 *    (1)            (1, chained)                └─ failures side output ─► log
 * </pre>
 * Reading is cheap and ordered, analysis is where the time goes and runs on every slot, story clustering runs
 * per story candidate key on every slot ({@link StoryMode#KEYED}; or in the writer, {@link StoryMode#WRITER}),
 * and the writer is single because it numbers the documents and its other cross-document steps (near-duplicates,
 * event coreference) are sequential.
 */
public final class KroniekJob {
    /** The job's name in Flink's UI and logs. */
    public static final String NAME = "kroniek ingest";

    private KroniekJob() {
    }

    /** Adds the job to {@code env}; {@code afterAnalysis} may put an operator between analysis and writer (tests). */
    public static void build(StreamExecutionEnvironment env, JobSettings settings, String progressKey,
                             UnaryOperator<DataStream<JobRecord>> afterAnalysis) {
        InputRoots roots = new InputRoots(settings.paths());
        DataStream<JobRecord> inputs = env
                .fromSource(DocumentFiles.source(roots, settings.read(), settings.monitorInterval()),
                        WatermarkStrategy.noWatermarks(), "read documents")
                .setParallelism(1)
                .process(new InputNumbering(), JobRecordType.INSTANCE).name("number inputs").setParallelism(1)
                .assignTimestampsAndWatermarks(InputOrderTime.strategy()).name("input order time").setParallelism(1);
        SingleOutputStreamOperator<JobRecord> analysed = inputs
                .rebalance()
                .process(new AnalyseDocuments(settings.actorFiles(), settings.analysisBudget()), JobRecordType.INSTANCE)
                .name("analyse").setParallelism(settings.parallelism());
        analysed.getSideOutput(AnalyseDocuments.FAILURES)
                .process(new FailureLog(), Types.VOID).name("log failures").setParallelism(settings.parallelism())
                .sinkTo(new DiscardingSink<>()).name("end of failures").setParallelism(settings.parallelism());
        DataStream<JobRecord> toWriter = afterAnalysis.apply(analysed);
        if (settings.stories() == StoryMode.KEYED) {
            toWriter = toWriter.keyBy(new StoryKey())
                    .process(new StoryCandidates(), JobRecordType.INSTANCE)
                    .name("stories by candidate key").setParallelism(settings.parallelism())
                    // Never chained to the writer (at parallelism 1 it would be): a record handed on may still be
                    // in a keyed-state snapshot that an asynchronous checkpoint is writing out, so the writer gets
                    // its own copy (through the network) rather than the object itself.
                    .disableChaining();
        }
        toWriter
                .process(new StoreSink(settings.store(), settings.nearDuplicateThreshold(),
                        String.join(" ", settings.paths()), progressKey), Types.VOID)
                .name("write to store").setParallelism(1).setMaxParallelism(1)
                .sinkTo(new DiscardingSink<>()).name("end").setParallelism(1);
    }

    public static void build(StreamExecutionEnvironment env, JobSettings settings, String progressKey) {
        build(env, settings, progressKey, UnaryOperator.identity());
    }
}
