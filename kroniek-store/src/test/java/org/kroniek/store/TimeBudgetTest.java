package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Pipeline;
import org.kroniek.core.Stage;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.ParallelIngest;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;

/**
 * A document whose analysis overruns its time budget is reported by name and skipped, also when a stage notices it
 * between sentences; the batch goes on.
 */
class TimeBudgetTest {
    @TempDir
    Path dir;

    /** Takes half a second on the documents whose text names the marker, nothing on the others. */
    private static final class SlowOn implements Stage {
        private final String marker;

        SlowOn(String marker) {
            this.marker = marker;
        }

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public void process(Document document) {
            if (document.getText().contains(marker)) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** On the marked document, 40 sentences of 50 ms each, checking the budget before each as real stages do. */
    private static final class SlowPerSentence implements Stage {
        static final int SENTENCES = 40;
        private final String marker;
        final AtomicInteger sentencesDone = new AtomicInteger();

        SlowPerSentence(String marker) {
            this.marker = marker;
        }

        @Override
        public String name() {
            return "slow-sentences";
        }

        @Override
        public void process(Document document) {
            if (!document.getText().contains(marker)) {
                return;
            }
            for (int i = 0; i < SENTENCES; i++) {
                document.checkTimeBudget(name(), i, SENTENCES);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sentencesDone.incrementAndGet();
            }
        }
    }

    @Test
    void aDocumentOverBudgetInsideAStageIsStoppedThereReportedAndTheOthersAreStored() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        GeneratedCorpus.write(corpus, 40);
        SlowPerSentence slow = new SlowPerSentence(GeneratedCorpus.marker(23));
        List<DocumentError> failures = Collections.synchronizedList(new ArrayList<>());
        IngestListener listener = new IngestListener() {
            @Override
            public void failed(DocumentError error) {
                failures.add(error);
            }
        };
        Path store = dir.resolve("store");
        try (KroniekStore kroniek = KroniekStore.openForWriting(store);
             StoreWriter writer = new StoreWriter(kroniek, WriterSettings.defaults(), listener, "budget test");
             IdentityLookup stored = kroniek.documents().openLookup()) {
            new ParallelIngest(Pipeline.of(slow), 2, Duration.ofMillis(200)).run(
                    new DocumentSource(ReaderOptions.defaults()), List.of(corpus.toString()), writer, stored, listener);
        }
        assertThat(failures).singleElement().satisfies(error -> assertThat(error.message())
                .contains("analysis of document gen-00023 took")
                .contains("over its 0.2 s budget (--time-budget), by stage 'slow-sentences', stopped at sentence ")
                .endsWith(" of 40; skipped"));
        // Stopped mid-stage: the 2 s stage did not run to its end.
        assertThat(slow.sentencesDone.get()).isLessThan(SlowPerSentence.SENTENCES);
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            assertThat(kroniek.documents().count()).isEqualTo(39);
        }
    }

    @Test
    void anOverrunningDocumentIsReportedAndTheOthersAreStored() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        GeneratedCorpus.write(corpus, 40);
        String slowMarker = GeneratedCorpus.marker(17);
        List<DocumentError> failures = Collections.synchronizedList(new ArrayList<>());
        IngestListener listener = new IngestListener() {
            @Override
            public void failed(DocumentError error) {
                failures.add(error);
            }
        };
        Path store = dir.resolve("store");
        try (KroniekStore kroniek = KroniekStore.openForWriting(store);
             StoreWriter writer = new StoreWriter(kroniek, WriterSettings.defaults(), listener, "budget test");
             IdentityLookup stored = kroniek.documents().openLookup()) {
            new ParallelIngest(Pipeline.of(new SlowOn(slowMarker)), 2, Duration.ofMillis(200)).run(
                    new DocumentSource(ReaderOptions.defaults()), List.of(corpus.toString()), writer, stored, listener);
        }
        assertThat(failures).singleElement().satisfies(error -> {
            assertThat(error.source()).contains("corpus.jsonl");
            assertThat(error.message()).contains("analysis of document gen-00017 took")
                    .contains("over its 0.2 s budget (--time-budget), by stage 'slow'; skipped");
        });
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            assertThat(kroniek.documents().count()).isEqualTo(39);
        }
    }
}
