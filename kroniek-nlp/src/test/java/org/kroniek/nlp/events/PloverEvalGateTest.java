package org.kroniek.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.nlp.eval.RecordedResults;

/** CI gate: English event coding on the PLOVER gold sentences must not fall below docs/RESULTS.md. */
class PloverEvalGateTest {

    @Test
    void ploverFiguresDoNotRegress() throws Exception {
        Path gold = Path.of(System.getProperty("kroniek.shared", "../../shared"))
                .resolve("data/plover-gsr/PLOVER_GSR_CAMEO.json");
        Assumptions.assumeTrue(Files.exists(gold), "../shared absent: PLOVER eval gate skipped");
        PloverScores scores = PloverEvaluator.evaluate(gold, NlpPipelines.standard());
        System.out.print(scores.toTable());
        assertThat(scores.eventTypeAccuracy()).isGreaterThanOrEqualTo(RecordedResults.gate("plover_event_type_accuracy")
                - 0.005);
        assertThat(scores.eventTypeAccuracyUncoded())
                .isGreaterThanOrEqualTo(RecordedResults.gate("plover_event_type_accuracy_uncoded") - 0.005);
        assertThat(scores.actorAccuracy()).isGreaterThanOrEqualTo(RecordedResults.gate("plover_actor_accuracy") - 0.005);
    }
}
