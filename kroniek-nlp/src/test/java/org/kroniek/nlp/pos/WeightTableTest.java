package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightTableTest {
    @Test
    void averagedPerceptronWeightsAreTheMeanOverSteps() {
        TrainableWeights w = new TrainableWeights(2);
        w.update(42L, 0, 1f, 0);   // weight 1 from step 0 ...
        w.update(42L, 0, 1f, 2);   // ... 2 from step 2
        WeightTable avg = w.averaged(4, 0f); // (1*2 + 2*2) / 4
        float[] scores = new float[2];
        avg.addTo(42L, scores);
        assertThat(scores[0]).isEqualTo(1.5f);
        assertThat(scores[1]).isZero();
        float[] none = new float[2];
        avg.addTo(7L, none);
        assertThat(none).containsExactly(0f, 0f);
    }

    @Test
    void greedyDecoderPicksTheHighestScoringTag() {
        TrainableWeights w = new TrainableWeights(Upos.COUNT);
        DutchLexicon lexicon = TestModels.lexicon();
        String[] words = {"kat"};
        SentenceFeatures s = new SentenceFeatures(words, new LexiconEntry[] {lexicon.lookup("kat")}, null);
        w.update(s.features[s.start[0]], Upos.NOUN.ordinal(), 1f, 1);
        assertThat(GreedyDecoder.decode(s, w, Upos.COUNT)).containsExactly(Upos.NOUN.ordinal());
    }
}
