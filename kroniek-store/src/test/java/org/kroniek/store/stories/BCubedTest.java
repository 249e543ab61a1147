package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void scoresAHandComputedClustering() {
        // gold A = {0,1,2}, B = {3,4}; system 1 = {0,1}, 2 = {2,3,4}.
        // precision per item: 1, 1, 1/3, 2/3, 2/3 -> 11/15; recall: 2/3, 2/3, 1/3, 1, 1 -> 11/15.
        BCubed b = BCubed.of(List.of("A", "A", "A", "B", "B"), List.of(1, 1, 2, 2, 2));
        assertThat(b.precision()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(b.recall()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(b.f1()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(b.goldClusters()).isEqualTo(2);
        assertThat(b.systemClusters()).isEqualTo(2);
    }

    @Test
    void singletonsHavePerfectPrecisionAndOneBigClusterPerfectRecall() {
        List<String> gold = List.of("A", "A", "B", "C");
        BCubed singletons = BCubed.of(gold, List.of(1, 2, 3, 4));
        assertThat(singletons.precision()).isEqualTo(1.0);
        assertThat(singletons.recall()).isCloseTo((0.5 + 0.5 + 1 + 1) / 4, within(1e-9));
        BCubed one = BCubed.of(gold, List.of(1, 1, 1, 1));
        assertThat(one.recall()).isEqualTo(1.0);
        assertThat(one.precision()).isCloseTo((0.5 + 0.5 + 0.25 + 0.25) / 4, within(1e-9));
    }
}
