package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DctPeriodTest {
    @Test
    void coversWhatThePrecisionSays() {
        assertThat(DctPeriod.parse("2025-02")).contains(
                new DctPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
        assertThat(DctPeriod.parse("2024-12-26T17:40")).contains(
                new DctPeriod(LocalDate.of(2024, 12, 26), LocalDate.of(2024, 12, 26)));
        assertThat(DctPeriod.parse("2024")).contains(
                new DctPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(DctPeriod.parse("2024-13")).isEmpty();
        assertThat(DctPeriod.parse(null)).isEmpty();
        assertThat(DctPeriod.bucket("2024-12-26T17:40")).isEqualTo("2024-12-26");
    }
}
