package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * CI gate: the shipped model must not fall more than half a point of F1 below its recorded score on
 * CoNLL-2002 ned.testb (the data is third-party and lives in ../shared, so the gate skips without it).
 */
class NerEvalGateTest {
    /** Recorded overall F1 of the shipped model on ned.testb (see NOTE.md next to the model). */
    static final double RECORDED_TESTB_F1 = 0.8234;

    @Test
    void testbF1DoesNotRegress() {
        Path testb = Path.of(System.getProperty("kroniek.shared", "../../shared"))
                .resolve("data/conll2002-ned/ned.testb");
        Assumptions.assumeTrue(Files.exists(testb), "../shared absent: NER eval gate skipped");
        NerScores scores = NerEvaluator.evaluate(testb);
        System.out.print(scores.toTable());
        assertThat(scores.overall().f1()).isGreaterThanOrEqualTo(RECORDED_TESTB_F1 - 0.005);
    }
}
