package org.kroniek.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.kroniek.ingest.Dct;
import org.kroniek.ingest.DctParser;
import org.kroniek.ingest.readers.SeedHeader;

/**
 * Fuzzes the seed-format header parser (Jazzer; fuzzes only with {@code -Pfuzz}, otherwise replays
 * {@code SeedHeaderFuzzTestInputs/}). Properties: a header is found only where the text starts with
 * {@code date}; the body starts inside the text; the creation time is one the DCT parser reads back with the
 * same granularity; byline and publisher are trimmed and never blank.
 */
class SeedHeaderFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void headersParseToConsistentValues(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Optional<SeedHeader> parsed = SeedHeader.parse(text);
        if (parsed.isEmpty()) {
            return;
        }
        SeedHeader header = parsed.get();
        assertThat(text.stripLeading()).startsWith("date");
        assertThat(header.bodyStart()).isBetween(0, text.length());
        Dct dct = header.dct();
        assertThat(dct).isNotNull();
        assertThat(DctParser.parse(dct.value())).as("dct %s", dct).hasValueSatisfying(
                reparsed -> assertThat(reparsed.granularity()).isEqualTo(dct.granularity()));
        for (String field : new String[] {header.byline(), header.publisher()}) {
            if (field != null) {
                assertThat(field).isNotBlank().isEqualTo(field.strip());
            }
        }
    }
}
