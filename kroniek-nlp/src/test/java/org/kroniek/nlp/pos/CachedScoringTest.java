package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kroniek.nlp.conllu.ConlluReader;
import org.kroniek.nlp.conllu.ConlluSentence;

/** The tagger's cached per-word scores must decide exactly as the feature-by-feature path used in training. */
class CachedScoringTest {
    @Test
    void cachedWordScoresTagLikeTheTrainingFeatures() {
        PosModel model = TestModels.tinyModel();
        DutchLexicon lexicon = TestModels.lexicon();
        PerceptronTagger tagger = new PerceptronTagger(model, lexicon);
        int sentences = 0;
        for (ConlluSentence s : ConlluReader.read(TestModels.tinyConllu())) {
            String[] words = s.forms();
            LexiconEntry[] entries = new LexiconEntry[words.length];
            for (int i = 0; i < words.length; i++) {
                entries[i] = lexicon.lookup(words[i]);
            }
            int[] slow = GreedyDecoder.decode(new SentenceFeatures(words, entries, null), model.weights(), Upos.COUNT);
            assertThat(tagger.tag(tagger.lookup(words))).containsExactly(slow);
            sentences++;
        }
        assertThat(sentences).isGreaterThan(1);
    }

    @Test
    void unseenWordsAndOneWordSentencesAreScoredToo() {
        PerceptronTagger tagger = new PerceptronTagger(TestModels.tinyModel(), TestModels.lexicon());
        String[] words = {"Xqzdorp"};
        LexiconEntry[] entries = {TestModels.lexicon().lookup("Xqzdorp")};
        int[] slow = GreedyDecoder.decode(new SentenceFeatures(words, entries, null), tagger.model().weights(),
                Upos.COUNT);
        assertThat(tagger.tag(tagger.lookup(words))).containsExactly(slow);
    }
}
