package org.kroniek.flink.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.kroniek.flink.record.JobRecord;

/**
 * Puts records back into input order after parallel analysis: a record is released once every record numbered
 * before it has been. Holds only what arrived early (bounded by what is in flight between source and writer).
 */
final class OrderedRelease {
    private final TreeMap<Long, JobRecord> early = new TreeMap<>();
    private long next;

    OrderedRelease(long next, Collection<JobRecord> pending) {
        this.next = next;
        for (JobRecord record : pending) {
            early.put(record.ordinal(), record);
        }
    }

    /** Adds a record and returns those now in order (possibly none), oldest first. */
    List<JobRecord> add(JobRecord record) {
        if (record.ordinal() < next) {
            return List.of(); // already released before a restore: a replay, nothing to do
        }
        early.put(record.ordinal(), record);
        List<JobRecord> released = new ArrayList<>();
        while (!early.isEmpty() && early.firstKey() == next) {
            released.add(early.pollFirstEntry().getValue());
            next++;
        }
        return released;
    }

    long next() {
        return next;
    }

    List<JobRecord> pending() {
        return new ArrayList<>(early.values());
    }
}
