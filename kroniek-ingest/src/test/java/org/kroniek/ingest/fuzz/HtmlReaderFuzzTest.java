package org.kroniek.ingest.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the HTML reader (jsoup and main-text extraction) through {@code DocumentSource}, decoding included (Jazzer; fuzzes only with {@code -Pfuzz},
 * otherwise replays {@code HtmlReaderFuzzTestInputs/}). Properties: see {@link ReaderProperties}.
 */
class HtmlReaderFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void pagesBecomeADocumentOrAnError(FuzzedDataProvider data) {
        ReaderProperties.check(data.consumeRemainingAsBytes(), "html");
    }
}
