package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureHashTest {
    @Test
    void hashesCharactersWithoutDependingOnTheStringObject() {
        String sentence = "de kat";
        assertThat(FeatureHash.chars(sentence, 3, 6)).isEqualTo(FeatureHash.chars("kat"));
        assertThat(FeatureHash.chars("kat")).isNotEqualTo(FeatureHash.chars("tak"));
    }

    @Test
    void featureIdsDependOnTemplateAndAreNeverZero() {
        long value = FeatureHash.chars("kat");
        assertThat(FeatureHash.feature(1, value)).isNotEqualTo(FeatureHash.feature(2, value));
        assertThat(FeatureHash.feature(1, value)).isEqualTo(FeatureHash.feature(1, value)).isNotZero();
    }

    @Test
    void shapeCollapsesRunsOfTheSameCharacterClass() {
        assertThat(SentenceFeatures.shape("Amsterdam")).isEqualTo(SentenceFeatures.shape("Utrecht"));
        assertThat(SentenceFeatures.shape("G8")).isEqualTo(SentenceFeatures.shape("A12"));
        assertThat(SentenceFeatures.shape("12.5")).isNotEqualTo(SentenceFeatures.shape("125"));
    }

    @Test
    void sentenceFeaturesIncludeLexiconTagsOfTheWordAndHideWordIdentityOnRequest() {
        DutchLexicon lexicon = TestModels.lexicon();
        String[] words = {"De", "kat", "slaapt"};
        LexiconEntry[] entries = {lexicon.lookup("De"), lexicon.lookup("kat"), lexicon.lookup("slaapt")};
        SentenceFeatures all = new SentenceFeatures(words, entries, null);
        SentenceFeatures hidden = new SentenceFeatures(words, entries, new boolean[] {false, true, false});
        assertThat(all.uposMask[1] & Upos.NOUN.bit()).isNotZero();
        assertThat(all.uposMask[2] & Upos.VERB.bit()).isNotZero();
        int allCount = all.start[2] - all.start[1];
        int hiddenCount = hidden.start[2] - hidden.start[1];
        assertThat(hiddenCount).isEqualTo(allCount - 2);
        long[] history = new long[SentenceFeatures.HISTORY_FEATURES];
        assertThat(all.historyFeatures(0, -1, -1, history)).isEqualTo(SentenceFeatures.HISTORY_FEATURES);
    }
}
