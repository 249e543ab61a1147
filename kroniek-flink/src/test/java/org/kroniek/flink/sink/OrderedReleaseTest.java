package org.kroniek.flink.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.flink.record.JobRecord;

class OrderedReleaseTest {
    @Test
    void recordsAreReleasedInInputOrderWhateverOrderTheyArriveIn() {
        OrderedRelease release = new OrderedRelease(0, List.of());
        assertThat(release.add(record(2))).isEmpty();
        assertThat(release.add(record(1))).isEmpty();
        assertThat(ordinals(release.add(record(0)))).containsExactly(0L, 1L, 2L);
        assertThat(ordinals(release.add(failure(3)))).containsExactly(3L);
        assertThat(release.next()).isEqualTo(4);
        assertThat(release.pending()).isEmpty();
    }

    @Test
    void aRestoredReleaseGoesOnFromItsCheckpointAndIgnoresReplaysOfWhatItReleased() {
        OrderedRelease before = new OrderedRelease(0, List.of());
        before.add(record(0));
        before.add(record(2));
        OrderedRelease restored = new OrderedRelease(before.next(), before.pending());
        assertThat(restored.add(record(0))).isEmpty();
        assertThat(ordinals(restored.add(record(1)))).containsExactly(1L, 2L);
    }

    private static JobRecord record(long ordinal) {
        JobRecord record = JobRecord.of(new Document("d" + ordinal, "text " + ordinal));
        record.setOrdinal(ordinal);
        return record;
    }

    private static JobRecord failure(long ordinal) {
        JobRecord record = JobRecord.failed(DocumentError.of("f" + ordinal, "broken"));
        record.setOrdinal(ordinal);
        return record;
    }

    private static List<Long> ordinals(List<JobRecord> records) {
        return records.stream().map(JobRecord::ordinal).toList();
    }
}
