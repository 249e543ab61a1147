package org.kroniek.flink.sink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.kroniek.flink.record.JobRecord;
import org.kroniek.flink.record.JobRecordType;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.dedup.DocumentIdentity;
import org.kroniek.store.ingest.IngestOutcome;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes analysed documents to the store through {@link StoreWriter}, the writer of {@code kroniek ingest}, in
 * input order (so sequence numbers, first copies, stories and event ids come out as the embedded ingest's).
 * Runs with parallelism 1: the store has one writer.
 *
 * <p>Delivery is at-least-once made exact by identity: on each checkpoint the open batch is committed and the
 * checkpoint records the next input number and the records that arrived early. After a failure Flink restores
 * that state and the source replays what followed; the documents the writer had already committed after the
 * checkpoint are recognised by their identity and skipped ({@link IngestOutcome#UNCHANGED}), so the store holds
 * each document once, numbered as in a clean run.
 *
 * <p>With stories clustered upstream ({@code StoryCandidates}), each document names the input number of its
 * story's founder; the writer translates that into the founder's sequence number (kept in its checkpointed state,
 * or looked up by identity for a founder stored before a restore) and the store puts the document into the
 * founder's story ({@link StoreWriter#add(org.kroniek.core.Document, DocumentIdentity, Long)}).
 */
public final class StoreSink extends ProcessFunction<JobRecord, Void> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StoreSink.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final StoreTarget target;
    private final double nearDuplicateThreshold;
    private final String arguments;
    private final String progressKey;

    private transient KroniekStore store;
    private transient StoreWriter writer;
    private transient OrderedRelease release;
    private transient ListState<Long> nextState;
    private transient ListState<JobRecord> pendingState;
    private transient ListState<long[]> foundersState;
    /** Input number of a story's founder -> its sequence number in the store. */
    private transient Map<Long, Long> founderSequences;
    private transient RunProgress progress;
    private transient long startNanos;
    private transient long lastLogNanos;

    /**
     * @param arguments   what the run read, recorded in the store's run table
     * @param progressKey where an embedded run's command reads progress ({@link RunProgress#of})
     */
    public StoreSink(StoreTarget target, double nearDuplicateThreshold, String arguments, String progressKey) {
        this.target = target;
        this.nearDuplicateThreshold = nearDuplicateThreshold;
        this.arguments = arguments;
        this.progressKey = progressKey;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        nextState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next-ordinal", Types.LONG));
        pendingState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("early-records", JobRecordType.INSTANCE));
        long next = 0;
        for (Long value : nextState.get()) {
            next = Math.max(next, value);
        }
        foundersState = context.getOperatorStateStore().getListState(
                new ListStateDescriptor<>("story-founders",
                        org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
        founderSequences = new HashMap<>();
        for (long[] pair : foundersState.get()) {
            founderSequences.put(pair[0], pair[1]);
        }
        List<JobRecord> pending = new ArrayList<>();
        pendingState.get().forEach(pending::add);
        release = new OrderedRelease(next, pending);
        if (context.isRestored()) {
            LOG.info("kroniek writer restored at input #{} with {} early records", next, pending.size());
            RunProgress.of(progressKey).restored(next);
        }
    }

    @Override
    public void open(OpenContext context) {
        if (getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks() != 1) {
            throw new IllegalStateException("the kroniek store writer must run with parallelism 1 (one writer)");
        }
        progress = RunProgress.of(progressKey);
        store = target.openForWriting();
        writer = new StoreWriter(store, WriterSettings.defaults().withNearDuplicateThreshold(nearDuplicateThreshold),
                new org.kroniek.store.ingest.IngestListener() { }, arguments);
        startNanos = System.nanoTime();
        lastLogNanos = startNanos;
    }

    @Override
    public void processElement(JobRecord record, Context context, Collector<Void> out) {
        for (JobRecord next : release.add(record)) {
            write(next);
        }
        logIfDue();
    }

    private void write(JobRecord record) {
        if (record.isFailed()) {
            writer.countFailed();
            progress.failed(record.error());
            LOG.warn("kroniek: error: {}", record.error());
            return;
        }
        boolean founds = record.storyFounder() == record.ordinal();
        IngestOutcome outcome = writer.add(record.document(),
                new DocumentIdentity(record.identity(), record.contentHash()), storyFounder(record));
        if (founds) {
            // Stored now, or already before a restore: either way members that follow find it by its number.
            long seq = outcome == IngestOutcome.UNCHANGED
                    ? store.documents().findIdentity(record.identity()).orElse(-1L) : writer.lastSequence();
            if (seq > 0) {
                founderSequences.put(record.ordinal(), seq);
            }
        }
        progress.stored(outcome, record.document().getTokens().size());
    }

    /** The store's form of the record's story choice: null when the writer clusters (no choice made upstream). */
    private Long storyFounder(JobRecord record) {
        if (record.storyFounder() == JobRecord.UNNUMBERED) {
            return null;
        }
        if (record.storyFounder() == record.ordinal()) {
            return StoreWriter.STARTS_STORY;
        }
        // The founder was written before this document (it has the smaller number); missing only if it failed to
        // store, and then the store's clusterer chooses.
        return founderSequences.get(record.storyFounder());
    }

    /** A checkpoint: make the open batch durable, then record where the order stands. */
    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        writer.flush();
        nextState.update(List.of(release.next()));
        pendingState.update(release.pending());
        List<long[]> founders = new ArrayList<>(founderSequences.size());
        founderSequences.forEach((ordinal, seq) -> founders.add(new long[] {ordinal, seq}));
        foundersState.update(founders);
    }

    private void logIfDue() {
        long now = System.nanoTime();
        if (now - lastLogNanos >= LOG_EVERY_NANOS) {
            lastLogNanos = now;
            IngestCounts counts = writer.counts();
            LOG.info(String.format(Locale.ROOT, "kroniek writer: %,d new, %,d unchanged, %,d failed, %.1f documents/s",
                    counts.newDocuments(), counts.unchanged(), counts.failed(),
                    counts.processed() / Math.max(1e-9, (now - startNanos) / 1e9)));
        }
    }

    /** Called at the end of input and when the task fails or is cancelled: either way, leave the store durable. */
    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            writer = null;
            if (store != null) {
                store.close();
                store = null;
            }
        }
    }
}
