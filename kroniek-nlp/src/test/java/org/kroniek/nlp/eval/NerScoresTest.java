package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.ner.ChunkCounts;
import org.kroniek.nlp.ner.IobChunker;

class NerScoresTest {
    /** Hand-counted: 4 gold chunks, 4 guessed, 2 correct (PER and the first ORG). */
    @Test
    void scoresLikeConlleval() {
        ChunkCounts counts = new ChunkCounts();
        add(counts, new String[] {"B-PER", "I-PER", "O", "B-LOC", "O"}, new String[] {"B-PER", "I-PER", "O", "B-ORG", "O"});
        add(counts, new String[] {"B-ORG", "O", "B-MISC"}, new String[] {"B-ORG", "O", "O"});
        add(counts, new String[] {"O", "O"}, new String[] {"B-LOC", "O"});
        NerScores s = NerEvaluator.scores("fixture", counts);

        assertThat(s.overall().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.overall().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.overall().f1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.byType().get("PER").f1()).isCloseTo(1.0, within(1e-9));
        assertThat(s.byType().get("LOC").f1()).isZero();
        assertThat(s.byType().get("ORG").precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.byType().get("ORG").recall()).isCloseTo(1.0, within(1e-9));
        assertThat(s.byType().get("ORG").f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.byType().get("MISC").recall()).isZero();
        assertThat(s.tokens()).isEqualTo(10);
        assertThat(s.correctTokens()).isEqualTo(7);
    }

    @Test
    void jsonHasOverallAndOneObjectPerType() {
        ChunkCounts counts = new ChunkCounts();
        add(counts, new String[] {"B-PER", "O"}, new String[] {"B-PER", "O"});
        Map<String, Object> json = NerEvaluator.scores("f.conll", counts).toJsonMap();
        assertThat(json).containsKeys("file", "overall", "PER", "LOC", "ORG", "MISC");
        @SuppressWarnings("unchecked")
        Map<String, Object> overall = (Map<String, Object>) json.get("overall");
        assertThat(overall).containsEntry("precision", 1.0).containsEntry("recall", 1.0).containsEntry("f1", 1.0);
        assertThat(NerEvaluator.scores("f.conll", counts).toTable()).contains("overall", "PER", "100.00");
    }

    private static void add(ChunkCounts counts, String[] gold, String[] guessed) {
        counts.add(IobChunker.chunks(gold), IobChunker.chunks(guessed), gold, guessed);
    }
}
