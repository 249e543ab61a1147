package org.kroniek.app.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.eval.RecordedResults;
import org.kroniek.store.stories.StorySettings;

/** Story clustering of the UCI headlines must not fall below the figures recorded in docs/RESULTS.md. */
class StoriesEvalGateTest {
    private static final Path SHARED = Path.of(System.getProperty("kroniek.shared", "../../shared"));

    @Test
    void uciHeadlinesStayAtTheRecordedBCubedF1() throws Exception {
        Path csv = SHARED.resolve("data/uci-news-aggregator-sample/uci-news-aggregator.first6366.csv");
        Assumptions.assumeTrue(Files.exists(csv), "../shared absent: stories eval gate skipped");
        StoriesScores scores = StoriesEvaluator.evaluate(csv, StorySettings.defaults());
        System.out.println(scores.toTable());
        assertThat(scores.all().items()).isEqualTo(6366);
        assertThat(scores.all().goldClusters()).isEqualTo(87);
        assertThat(scores.all().f1()).as("B-cubed F1 vs docs/RESULTS.md")
                .isGreaterThanOrEqualTo(RecordedResults.gate("stories_uci_b3_f1") - 0.005);
        // Shuffled, a story's rows no longer arrive as one block: this figure is what the words alone give.
        assertThat(scores.shuffled().items()).isEqualTo(6366);
        assertThat(scores.shuffled().f1()).as("B-cubed F1, shuffled order, vs docs/RESULTS.md")
                .isGreaterThanOrEqualTo(RecordedResults.gate("stories_uci_shuffled_b3_f1") - 0.005);
    }
}
