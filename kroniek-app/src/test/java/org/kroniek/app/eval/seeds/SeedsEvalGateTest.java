package org.kroniek.app.eval.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.eval.RecordedResults;
import org.kroniek.nlp.NlpPipelines;

/** The seed articles must keep reading as a careful human reads them. */
class SeedsEvalGateTest {
    private static final Path SHARED = Path.of(System.getProperty("kroniek.shared", "../../shared"));

    @Test
    void seedsStayAtTheRecordedFigures() throws Exception {
        Path gold = SHARED.resolve("gold/seeds.json");
        Assumptions.assumeTrue(Files.exists(gold), "../shared absent: seeds eval gate skipped");
        SeedsScores scores = SeedsEvaluator.evaluate(gold, SHARED.resolve("seeds"), NlpPipelines.standard());
        System.out.println(scores.toTable());

        assertThat(scores.metadataRight()).as("metadata and headings").isEqualTo(scores.metadataChecks());
        double recorded = RecordedResults.gate("seeds_entity_f1");
        assertThat(recorded).as("issue bar").isGreaterThanOrEqualTo(0.90);
        assertThat(scores.entityF1()).as("entity F1 vs docs/RESULTS.md").isGreaterThanOrEqualTo(recorded - 0.005);
        assertThat(scores.timexRight()).as("every reference time expression with an accepted value")
                .isEqualTo(scores.timexTotal()).isPositive();
        double actors = RecordedResults.gate("seeds_actor_accuracy");
        assertThat(actors).as("issue bar").isGreaterThanOrEqualTo(0.95);
        assertThat(scores.actorAccuracy()).as("actor accuracy vs docs/RESULTS.md").isGreaterThanOrEqualTo(actors - 0.005);
        assertThat(scores.actorTotal()).as("entities compared for actors").isGreaterThanOrEqualTo(95);
    }

    @Test
    void eventsStayAtTheRecordedFigures() throws Exception {
        Path gold = SHARED.resolve("gold/seeds.json");
        Assumptions.assumeTrue(Files.exists(gold), "../shared absent: seeds event gate skipped");
        SeedsScores scores = SeedsEvaluator.evaluate(gold, SHARED.resolve("seeds"), NlpPipelines.standard());
        System.out.println(scores.toTable());
        assertThat(RecordedResults.gate("seeds_event_core_recall")).as("issue bar").isGreaterThanOrEqualTo(0.75);
        assertThat(RecordedResults.gate("seeds_event_precision")).as("issue bar").isGreaterThanOrEqualTo(0.70);
        assertThat(scores.eventCoreRecall()).isGreaterThanOrEqualTo(RecordedResults.gate("seeds_event_core_recall")
                - 0.005);
        assertThat(scores.eventPrecision()).isGreaterThanOrEqualTo(RecordedResults.gate("seeds_event_precision")
                - 0.005);
    }
}
