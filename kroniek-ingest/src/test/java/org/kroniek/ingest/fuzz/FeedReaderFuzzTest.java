package org.kroniek.ingest.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the RSS/Atom reader (Rome) through {@code DocumentSource}, decoding included (Jazzer; fuzzes only with {@code -Pfuzz},
 * otherwise replays {@code FeedReaderFuzzTestInputs/}). Properties: see {@link ReaderProperties}.
 */
class FeedReaderFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void feedsBecomeDocumentsOrErrors(FuzzedDataProvider data) {
        ReaderProperties.check(data.consumeRemainingAsBytes(), "rss");
    }
}
