package org.kroniek.flink.stories;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.kroniek.flink.record.JobRecord;
import org.kroniek.flink.record.JobRecordType;
import org.kroniek.store.stories.StoryAssignment;
import org.kroniek.store.stories.StoryClusterer;
import org.kroniek.store.stories.StoryItem;
import org.kroniek.store.stories.StorySettings;

/**
 * The cross-document story step, partitioned by story candidate key ({@link StoryKey}): each key runs the
 * store's online clusterer ({@link StoryClusterer}, default settings) over its own documents, and each document
 * leaves with the input number of the document that founded its story ({@link JobRecord#storyFounder()}); the
 * writer stores it in that founder's story.
 *
 * <p>Deterministic: documents arrive in any order from the parallel analysis, so each waits in keyed state until
 * the watermark (the input number, {@code InputOrderTime}) has passed it, and a key's documents are clustered in
 * input order. Everything a restore needs is keyed state, checkpointed with the job: the waiting documents, every
 * clustered document's features and story, and each story's founder. The clusterer itself is rebuilt from the
 * members the first time a key is seen after a (re)start.
 */
public final class StoryCandidates extends KeyedProcessFunction<String, JobRecord, JobRecord> {
    private static final long serialVersionUID = 1L;

    private transient MapState<Long, JobRecord> waiting;
    private transient ListState<String> members;
    private transient MapState<Long, Long> founders;
    /** Stories folded into another (fragment merges), so that a replay puts their members where they are now. */
    private transient MapState<Long, Long> merged;
    /** Per key, rebuilt from {@link #members} on first use: the clusterer holds derived state only. */
    private transient Map<String, StoryClusterer> clusterers;
    private transient StoryFeatures features;

    @Override
    public void open(OpenContext context) {
        waiting = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("waiting", Types.LONG, JobRecordType.INSTANCE));
        members = getRuntimeContext().getListState(new ListStateDescriptor<>("members", Types.STRING));
        founders = getRuntimeContext().getMapState(new MapStateDescriptor<>("founders", Types.LONG, Types.LONG));
        merged = getRuntimeContext().getMapState(new MapStateDescriptor<>("merged", Types.LONG, Types.LONG));
        clusterers = new HashMap<>();
        features = new StoryFeatures();
    }

    @Override
    public void processElement(JobRecord record, Context context, Collector<JobRecord> out) throws Exception {
        if (record.isFailed()) {
            out.collect(record); // no story; the writer only needs it to keep the order
            return;
        }
        waiting.put(record.ordinal(), record);
        context.timerService().registerEventTimeTimer(record.ordinal());
    }

    /** Every input up to {@code ordinal} has arrived: this key's document numbered {@code ordinal} goes next. */
    @Override
    public void onTimer(long ordinal, OnTimerContext context, Collector<JobRecord> out) throws Exception {
        JobRecord record = waiting.get(ordinal);
        if (record == null) {
            return;
        }
        waiting.remove(ordinal);
        StoryClusterer clusterer = clusterer(context.getCurrentKey());
        StoryItem item = features.of(ordinal, record.document());
        StoryAssignment assignment = clusterer.assign(item);
        // A fragment folded into an older story: its documents stay with their founder in the store (the writer
        // does not move them), later documents go to the older story.
        merged.putAll(clusterer.drainMerges());
        if (assignment.started()) {
            founders.put(assignment.storyId(), ordinal);
        }
        members.add(new StoryMember(item, assignment.storyId()).toJson());
        record.setStoryFounder(founders.get(assignment.storyId()));
        out.collect(record);
    }

    private StoryClusterer clusterer(String key) throws Exception {
        StoryClusterer clusterer = clusterers.get(key);
        if (clusterer == null) {
            clusterer = new StoryClusterer(StorySettings.defaults());
            for (String json : members.get()) {
                StoryMember member = StoryMember.fromJson(json);
                clusterer.join(member.item(), current(member.story()));
            }
            clusterers.put(key, clusterer);
        }
        return clusterer;
    }

    private long current(long story) throws Exception {
        long id = story;
        Long next;
        while ((next = merged.get(id)) != null) {
            id = next;
        }
        return id;
    }
}
