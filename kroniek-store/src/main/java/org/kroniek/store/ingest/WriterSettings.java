package org.kroniek.store.ingest;

import java.time.Duration;
import org.kroniek.store.dedup.NearDuplicateDetector;

/**
 * How often the writer makes its work durable.
 *
 * @param batchSize         documents per database transaction
 * @param batchTime         longest a document waits in an open batch (so a slow trickle is still saved)
 * @param indexCommitTime   longest between index commits; what is not committed is re-added from the
 *                          database after a crash, so this trades recovery work for throughput
 * @param nearDuplicateThreshold estimated Jaccard similarity from which a text counts as a near-duplicate
 */
public record WriterSettings(int batchSize, Duration batchTime, Duration indexCommitTime,
                             double nearDuplicateThreshold) {
    public static WriterSettings defaults() {
        return new WriterSettings(256, Duration.ofSeconds(2), Duration.ofSeconds(10),
                NearDuplicateDetector.DEFAULT_THRESHOLD);
    }

    public WriterSettings withBatchSize(int size) {
        return new WriterSettings(size, batchTime, indexCommitTime, nearDuplicateThreshold);
    }

    public WriterSettings withNearDuplicateThreshold(double threshold) {
        return new WriterSettings(batchSize, batchTime, indexCommitTime, threshold);
    }

    public WriterSettings withIndexCommitTime(Duration time) {
        return new WriterSettings(batchSize, batchTime, time, nearDuplicateThreshold);
    }
}
