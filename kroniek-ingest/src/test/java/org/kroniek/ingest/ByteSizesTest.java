package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {
    @Test
    void formatsReadably() {
        assertThat(ByteSizes.format(1)).isEqualTo("1 byte");
        assertThat(ByteSizes.format(512)).isEqualTo("512 bytes");
        assertThat(ByteSizes.format(3584)).isEqualTo("3.5 KB");
        assertThat(ByteSizes.format(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(ByteSizes.format(26_528_972L)).isEqualTo("25.3 MB");
        assertThat(ByteSizes.format(3L * 1024 * 1024 * 1024)).isEqualTo("3 GB");
        assertThat(ByteSizes.overLimitMessage("file", 26_528_972L, ReaderOptions.DEFAULT_MAX_BYTES))
                .isEqualTo("file is 25.3 MB, over the 20 MB limit (--max-bytes)");
    }
}
