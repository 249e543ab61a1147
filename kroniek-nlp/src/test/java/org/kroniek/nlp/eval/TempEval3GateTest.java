package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bar on the TempEval-3 platinum test set (English): value F1 >= 0.78 (HeidelTime: 0.776). */
class TempEval3GateTest {
    private static final Path SHARED = Path.of(System.getProperty("kroniek.shared", "../../shared"));

    @Test
    void platinumValueF1ReachesTheBar() {
        Path dir = SHARED.resolve("data/tempeval3-en/te3-platinum");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared absent: TempEval-3 platinum gate skipped");
        TimemlScores s = TimemlEvaluator.evaluate(dir);
        System.out.println("te3-platinum " + s.toJsonMap());
        assertThat(s.documents()).isEqualTo(20);
        assertThat(s.valueF1()).isGreaterThanOrEqualTo(0.78)
                .isGreaterThanOrEqualTo(RecordedResults.gate("timeml_platinum_value_f1") - 0.005);
        assertThat(s.relaxedF1()).isGreaterThanOrEqualTo(0.85);
    }
}
