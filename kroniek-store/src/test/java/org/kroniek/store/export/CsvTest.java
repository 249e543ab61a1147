package org.kroniek.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesOnlyWhatNeedsIt() {
        assertThat(Csv.line(Arrays.asList("a", null, "b,c", "say \"no\"", 3, "two\nlines")))
                .isEqualTo("a,,\"b,c\",\"say \"\"no\"\"\",3,\"two\nlines\"");
    }
}
