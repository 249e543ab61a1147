package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexTsvEvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void countsDetectionValueAndMisses() throws IOException {
        Path tsv = dir.resolve("t.tsv");
        Files.writeString(tsv, String.join("\n",
                "# dct, sentence, expression, type, values, mod",
                "2018-06-20\tDe raad zei maandag nee.\tmaandag\tDATE\t2018-06-18\t",
                "2018-06-20\tVorig jaar was het anders.\tVorig jaar\tDATE\t2016|2015\t",
                "2018-06-20\tHet regende hard.\tregende\tDATE\t2018-06-20\t",
                "2018-06-20\tEind vorig jaar begon het.\tEind vorig jaar\tDATE\t2017\tEND", ""));
        TimexScores s = TimexTsvEvaluator.evaluate(tsv);
        assertThat(s.gold()).isEqualTo(4);
        assertThat(s.detected()).isEqualTo(3);
        assertThat(s.valueCorrect()).isEqualTo(2);
        assertThat(s.modCorrect()).isEqualTo(3);
        assertThat(s.misses()).extracting(TimexScores.Miss::expression).containsExactly("Vorig jaar", "regende");
        assertThat(s.toJsonMap()).containsEntry("detection_accuracy", 0.75).containsEntry("value_accuracy", 0.5);
        assertThat(s.toTable()).contains("value accuracy").contains("\"Vorig jaar\" DATE 2017");
    }
}
