package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchLexiconTest {
    private final DutchLexicon lexicon = TestModels.lexicon();

    @Test
    void mapsLexiconTagsToUposWithLemmas() {
        LexiconEntry gingen = lexicon.lookup("gingen");
        assertThat(gingen.allows(Upos.VERB)).isTrue();
        assertThat(gingen.lemma(Upos.VERB)).isEqualTo("gaan");
        assertThat(lexicon.lookup("werd").allows(Upos.AUX)).isTrue();
        assertThat(lexicon.lookup("huizen").lemma(Upos.NOUN)).isEqualTo("huis");
        assertThat(lexicon.lookup("grootste").lemma(Upos.ADJ)).isEqualTo("groot");
        assertThat(lexicon.lookup("Genua").allows(Upos.PROPN)).isTrue();
    }

    @Test
    void capitalisedAndAllCapsFormsAlsoGetTheirLowercaseReadings() {
        assertThat(lexicon.lookup("Kloosterorden").lemma(Upos.NOUN)).isEqualTo("kloosterorde");
        assertThat(lexicon.lookup("GENUA").allows(Upos.PROPN)).isTrue();
    }

    @Test
    void unknownFormsHaveNoReadings() {
        assertThat(lexicon.lookup("xqzvrbl").isKnown()).isFalse();
        assertThat(lexicon.lookup("xqzvrbl")).isSameAs(lexicon.lookup("xqzvrbl"));
    }
}
