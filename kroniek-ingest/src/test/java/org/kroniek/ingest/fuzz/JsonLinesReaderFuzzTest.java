package org.kroniek.ingest.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the JSON Lines reader through {@code DocumentSource}, decoding included (Jazzer; fuzzes only with {@code -Pfuzz},
 * otherwise replays {@code JsonLinesReaderFuzzTestInputs/}). Properties: see {@link ReaderProperties}.
 */
class JsonLinesReaderFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void recordsBecomeDocumentsOrErrors(FuzzedDataProvider data) {
        ReaderProperties.check(data.consumeRemainingAsBytes(), "jsonl");
    }
}
