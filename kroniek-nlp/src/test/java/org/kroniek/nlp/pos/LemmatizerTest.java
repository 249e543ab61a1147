package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LemmatizerTest {
    private final DutchLexicon lexicon = TestModels.lexicon();
    private final Lemmatizer lemmatizer = new Lemmatizer(
            new LemmaMemory(Map.of("eerste\tADJ", "één"), Set.of("eerste")), lexicon);

    @Test
    void trainingMemoryComesFirst() {
        assertThat(lemmatizer.lemma("eerste", Upos.ADJ)).isEqualTo("één");
        assertThat(lemmatizer.lemma("Eerste", Upos.ADJ)).isEqualTo("één");
    }

    @Test
    void lexiconLemmaForTheTaggedReading() {
        assertThat(lemmatizer.lemma("gingen", Upos.VERB)).isEqualTo("gaan");
        assertThat(lemmatizer.lemma("werd", Upos.AUX)).isEqualTo("worden");
        assertThat(lemmatizer.lemma("grootste", Upos.ADJ)).isEqualTo("groot");
    }

    @Test
    void closedClassWordsKeepTheirLowercasedFormAsUdDutchDoes() {
        assertThat(lemmatizer.lemma("Hem", Upos.PRON)).isEqualTo("hem");
        assertThat(lemmatizer.lemma("De", Upos.DET)).isEqualTo("de");
        assertThat(lemmatizer.lemma("In", Upos.ADP)).isEqualTo("in");
    }

    @Test
    void properNounsPunctuationAndDigitsKeepTheirForm() {
        assertThat(lemmatizer.lemma("Genua", Upos.PROPN)).isEqualTo("Genua");
        assertThat(lemmatizer.lemma("Xqzdorp", Upos.PROPN)).isEqualTo("Xqzdorp");
        assertThat(lemmatizer.lemma(",", Upos.PUNCT)).isEqualTo(",");
        assertThat(lemmatizer.lemma("2001", Upos.NUM)).isEqualTo("2001");
        assertThat(lemmatizer.lemma("49ste", Upos.ADJ)).isEqualTo("49");
    }

    @Test
    void compoundsAreSplitWithUnderscoresAndLinkingSoundsDropped() {
        assertThat(lemmatizer.lemma("levensomstandigheden", Upos.NOUN)).isEqualTo("leven_omstandigheid");
        assertThat(lemmatizer.lemma("G8-top", Upos.NOUN)).isEqualTo("G8_top");
        assertThat(lemmatizer.lemma("FARC-rebellen", Upos.NOUN)).isEqualTo("FARC_rebel");
    }

    @Test
    void derivationalEndingsAreNotCompoundHeads() {
        assertThat(lemmatizer.lemma("eigenschappen", Upos.NOUN)).isEqualTo("eigenschap");
        assertThat(lemmatizer.lemma("scheiding", Upos.NOUN)).isEqualTo("scheiding");
    }

    @Test
    void daysAndMonthsAreProperNounsWithLowercaseLemmas() {
        assertThat(lexicon.lookup("Zaterdag").uposMask()).isEqualTo(Upos.PROPN.bit());
        assertThat(lemmatizer.lemma("Donderdag", Upos.PROPN)).isEqualTo("donderdag");
        assertThat(lemmatizer.lemma("maart", Upos.PROPN)).isEqualTo("maart");
    }

    @Test
    void amongLexiconLemmasTheOneTrainingUsedForTheSameTagWins() {
        Lemmatizer trained = new Lemmatizer(new LemmaMemory(
                Map.of("reden\tNOUN", "reden", "rijdt\tVERB", "rijden"), Set.of("reden", "rijdt")), lexicon);
        assertThat(trained.lemma("reed", Upos.VERB)).isEqualTo("rijden");
        assertThat(new LemmaMemory(Map.of("reden\tNOUN", "reden"), Set.of("reden")).isKnownLemma("reden", Upos.VERB))
                .isFalse();
    }

    @Test
    void memoisedLemmasMatchTheDirectOnes() {
        PerceptronTagger tagger = new PerceptronTagger(TestModels.tinyModel(), lexicon);
        WordInfo gingen = tagger.lookup(new String[] {"gingen"})[0];
        assertThat(lemmatizer.lemma(gingen, Upos.VERB)).isEqualTo("gaan").isSameAs(lemmatizer.lemma(gingen, Upos.VERB));
    }

    @Test
    void separableVerbsGetTheirParticle() {
        assertThat(lemmatizer.lemma("meedoen", Upos.VERB)).isEqualTo("mee_doen");
        assertThat(lemmatizer.lemma("toegestaan", Upos.VERB)).isEqualTo("toe_staan");
        String[] words = {"Hij", "legde", "het", "boek", "neer", "."};
        Upos[] tags = {Upos.PRON, Upos.VERB, Upos.DET, Upos.NOUN, Upos.ADP, Upos.PUNCT};
        assertThat(lemmatizer.verbLemma(words, tags, 1, lexicon.lookup("legde"))).isEqualTo("neer_leggen");
        String[] inf = {"om", "na", "te", "denken"};
        Upos[] infTags = {Upos.ADP, Upos.ADP, Upos.ADP, Upos.VERB};
        assertThat(lemmatizer.verbLemma(inf, infTags, 3, lexicon.lookup("denken"))).isEqualTo("na_denken");
    }

    @Test
    void suffixRulesForWordsTheLexiconLacks() {
        assertThat(SuffixRules.noun("blorps")).isEqualTo("blorps");
        assertThat(SuffixRules.noun("xyzers")).isEqualTo("xyzer");
        assertThat(SuffixRules.noun("blogposten")).isEqualTo("blogpost");
        assertThat(SuffixRules.noun("selfie's")).isEqualTo("selfie");
        assertThat(SuffixRules.adjective("blorpe")).isEqualTo("blorp");
        assertThat(SuffixRules.verb("geblorpt")).isEqualTo("blorpen");
        assertThat(SuffixRules.verb("blorpt")).isEqualTo("blorpen");
    }
}
