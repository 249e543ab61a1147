package org.kroniek.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.SearchIndex;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchResults;

/** The index thread keeps the writer's order and never commits past a batch that failed. */
class IndexFeederTest {
    /** Records what reaches the index, in order; fails on the document numbered {@code failOn}. */
    private static final class RecordingIndex implements SearchIndex {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final long failOn;
        long committed;

        RecordingIndex(long failOn) {
            this.failOn = failOn;
        }

        @Override
        public long committedSequence() {
            return committed;
        }

        @Override
        public void add(IndexedDocument document) {
            if (document.sequence() == failOn) {
                throw new IllegalStateException("index broke on " + failOn);
            }
            calls.add("add " + document.sequence());
        }

        @Override
        public void commit(long throughSequence) {
            committed = throughSequence;
            calls.add("commit " + throughSequence);
        }

        @Override
        public void deleteAfter(long sequence) {
        }

        @Override
        public void deleteAll() {
        }

        @Override
        public long count() {
            return calls.size();
        }

        @Override
        public SearchResults search(SearchRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private static List<IndexedDocument> batch(long from, long to) {
        List<IndexedDocument> docs = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            docs.add(new IndexedDocument(seq, "d" + seq, null, "en", null, null, null, null, "text " + seq, null,
                    Set.of(), Set.of(), null));
        }
        return docs;
    }

    @Test
    void batchesAndCommitsReachTheIndexInTheOrderGiven() {
        RecordingIndex index = new RecordingIndex(-1);
        try (IndexFeeder feeder = new IndexFeeder(index)) {
            for (int b = 0; b < 5; b++) {
                feeder.add(batch(3L * b + 1, 3L * b + 3));
                if (b == 2) {
                    feeder.commit(9);
                }
            }
            feeder.commit(15);
            feeder.drain();
            List<String> expected = new ArrayList<>();
            for (int seq = 1; seq <= 15; seq++) {
                expected.add("add " + seq);
                if (seq == 9) {
                    expected.add("commit 9");
                }
            }
            expected.add("commit 15");
            assertThat(index.calls).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void afterAFailedBatchNothingIsCommittedAndTheWriterHearsOfIt() {
        RecordingIndex index = new RecordingIndex(5);
        IndexFeeder feeder = new IndexFeeder(index);
        feeder.add(batch(1, 3));
        feeder.add(batch(4, 6));
        feeder.add(batch(7, 9));
        feeder.commit(9);
        assertThatThrownBy(feeder::drain).hasMessageContaining("index broke on 5");
        assertThatThrownBy(feeder::close).hasMessageContaining("earlier batch");
        // A commit would claim documents 5 to 9, which never reached the index.
        assertThat(index.committed).isZero();
        assertThat(index.calls).containsExactly("add 1", "add 2", "add 3", "add 4");
    }
}
