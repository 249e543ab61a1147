package org.kroniek.app.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalAwarenessTest {
    private static Timeline.Row row(int position, String date, String... mentions) {
        return new Timeline.Row(position, date, List.of(mentions));
    }

    private static final Timeline GOLD = new Timeline("Airbus", List.of(
            row(0, "XXXX-XX-XX", "1-3-owned"),
            row(1, "2005-01-18", "1-0-launches"),
            row(1, "2005-01-18", "1-2-unveiled"),
            row(2, "2006-10-05", "2-2-compensated", "2-0-compensated")));

    @Test
    void aTimelineAgreesFullyWithItself() {
        TemporalAwareness.Counts c = TemporalAwareness.compare(GOLD, GOLD);
        // Reduced graph: SIM chains (0 + 1 + 1), BEFORE between consecutive positions (2), IS_INCLUDED per dated position (2).
        assertThat(c.referenceReduced()).isEqualTo(6);
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isEqualTo(1.0);
        assertThat(c.f1()).isEqualTo(1.0);
    }

    @Test
    void aMissingEventCostsRecallAndAWrongOrderCostsPrecision() {
        Timeline system = new Timeline("Airbus", List.of(
                row(1, "2006-10-05", "2-0-compensated"),
                row(2, "2007-01-01", "1-0-launches")));
        TemporalAwareness.Counts c = TemporalAwareness.compare(GOLD, system);
        // System reduced graph: compensated BEFORE launches (wrong: gold has launches first), compensated IS_INCLUDED
        // 2006-10-05 (right), launches IS_INCLUDED 2007-01-01 (wrong).
        assertThat(c.systemReduced()).isEqualTo(3);
        assertThat(c.systemReducedCorrect()).isEqualTo(1);
        // Gold reduced relations the system's closure holds: only 2-0-compensated IS_INCLUDED 2006-10-05.
        assertThat(c.referenceReducedFound()).isEqualTo(1);
        assertThat(c.recall()).isEqualTo(1.0 / 6);
    }

    @Test
    void orderIsTransitiveInTheClosure() {
        Timeline system = new Timeline("Airbus", List.of(
                row(1, "XXXX-XX-XX", "1-3-owned"),
                row(2, "XXXX-XX-XX", "2-0-compensated")));
        // Gold holds owned (position 0) before compensated (position 2) only through position 1.
        TemporalAwareness.Counts c = TemporalAwareness.compare(GOLD, system);
        assertThat(c.systemReduced()).isEqualTo(1);
        assertThat(c.systemReducedCorrect()).isEqualTo(1);
    }

    @Test
    void anEmptySystemTimelineScoresZeroWithoutDividingByZero() {
        TemporalAwareness.Counts c = TemporalAwareness.compare(GOLD, new Timeline("Airbus", List.of()));
        assertThat(c.precision()).isZero();
        assertThat(c.recall()).isZero();
        assertThat(c.f1()).isZero();
    }

    @Test
    void readsAndWritesTheTaskFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("airbus.txt");
        Files.writeString(file, GOLD.format());
        assertThat(Timeline.read(file)).isEqualTo(GOLD);
        Files.writeString(file, "Airbus\n1\t2005-01-18\n");
        assertThatThrownBy(() -> Timeline.read(file)).hasMessageContaining("airbus.txt line 2");
    }

    @Test
    void ourDatesBecomeTaskDates() {
        assertThat(TimelineBuilder.taskDate("2005-01-18")).isEqualTo("2005-01-18");
        assertThat(TimelineBuilder.taskDate("2007-03")).isEqualTo("2007-03-XX");
        assertThat(TimelineBuilder.taskDate("2006")).isEqualTo("2006-XX-XX");
        assertThat(TimelineBuilder.taskDate("FUTURE_REF")).isEqualTo("XXXX-XX-XX");
        assertThat(TimelineBuilder.taskDate(null)).isEqualTo("XXXX-XX-XX");
    }
}
