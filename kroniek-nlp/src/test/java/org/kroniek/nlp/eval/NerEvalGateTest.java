package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * CI gate: the shipped model must not fall more than half a point of F1 below its score recorded in
 * docs/RESULTS.md on CoNLL-2002 ned.testb (the data is third-party and lives in ../shared, so the gate skips
 * without it).
 */
class NerEvalGateTest {

    @Test
    void testbF1DoesNotRegress() {
        Path testb = Path.of(System.getProperty("kroniek.shared", "../../shared"))
                .resolve("data/conll2002-ned/ned.testb");
        Assumptions.assumeTrue(Files.exists(testb), "../shared absent: NER eval gate skipped");
        NerScores scores = NerEvaluator.evaluate(testb);
        System.out.print(scores.toTable());
        double recorded = RecordedResults.gate("ner_testb_f1");
        assertThat(recorded).as("the issue's bar").isGreaterThanOrEqualTo(0.82);
        assertThat(scores.overall().f1()).isGreaterThanOrEqualTo(recorded - 0.005);
    }
}
