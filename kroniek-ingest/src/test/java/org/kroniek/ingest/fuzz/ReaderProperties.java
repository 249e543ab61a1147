package org.kroniek.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import org.kroniek.core.Document;
import org.kroniek.ingest.CollectingSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.ingest.lang.LanguageIdentifier;

/**
 * What every reader must do with any bytes, checked by the reader fuzz targets: yield documents or errors (at
 * least one of them), never throw, never fall into the internal-error safety net, and name the input in every
 * error; documents have text, a source and a supported language.
 */
final class ReaderProperties {
    /** Loading the language model takes a second: once per fuzzing JVM. */
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    private static final ReaderOptions OPTIONS = ReaderOptions.defaults().withMaxBytes(1 << 20);

    private ReaderProperties() {
    }

    static void check(byte[] bytes, String format) {
        CollectingSink sink = new CollectingSink();
        new DocumentSource(OPTIONS.withFormat(format), new ByteArrayInputStream(bytes), LANGUAGES, ZoneOffset.UTC)
                .read("-", sink);
        assertThat(sink.documents.size() + sink.errors.size()).as("documents + errors").isPositive();
        assertThat(sink.errors).allSatisfy(error -> {
            // "-", "-:LINE" for a JSON Lines record, or the record's own URL
            assertThat(error.source()).matches("-(:\\d+)?|\\w+:.+");
            assertThat(error.message()).isNotBlank().doesNotContain("internal error").doesNotContain("\tat ");
        });
        for (Document document : sink.documents) {
            assertThat(document.getText()).isNotBlank();
            assertThat(document.getSource()).isNotBlank(); // "-", or the record's own URL
            assertThat(document.getLanguage()).isIn("nl", "en");
        }
    }
}
