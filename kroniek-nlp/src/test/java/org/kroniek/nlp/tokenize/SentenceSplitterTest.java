package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Sentence;

class SentenceSplitterTest {
    static List<Sentence> split(String language, String text) {
        return SentenceSplitter.forLanguage(language).split(text, Tokenizer.forLanguage(language).tokenize(text));
    }

    static List<String> sentences(String text) {
        return split("nl", text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    static List<String> headings(String text) {
        return split("nl", text).stream().filter(Sentence::heading)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAfterSentencePunctuationBeforeACapital() {
        assertThat(sentences("Het regent. Gaat u mee? Ja! Wacht… Nu 3 mensen. 4 anderen."))
                .containsExactly("Het regent.", "Gaat u mee?", "Ja!", "Wacht…", "Nu 3 mensen.", "4 anderen.");
    }

    @Test
    void doesNotSplitBeforeALowercaseWord() {
        assertThat(sentences("\"Waarom?\" vroeg hij. Hij wacht... en wacht."))
                .containsExactly("\"Waarom?\" vroeg hij.", "Hij wacht... en wacht.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(sentences("Hij zei: \"Nee.\" Zij knikte. (Dat klopt.) ,,Goed.'' 'Ja.' Einde."))
                .containsExactly("Hij zei: \"Nee.\"", "Zij knikte.", "(Dat klopt.)", ",,Goed.''", "'Ja.'", "Einde.");
    }

    @Test
    void noSplitAfterAbbreviationsOrInitials() {
        assertThat(sentences("Volgens dhr. Jansen kwam J. Smith o.a. met prof. De Vries. Dat is zo."))
                .containsExactly("Volgens dhr. Jansen kwam J. Smith o.a. met prof. De Vries.", "Dat is zo.");
    }

    @Test
    void noSplitInsideAHyphenatedName() {
        assertThat(sentences("De Syrische president Bashar al-Assad zei dat. Hij bleef."))
                .containsExactly("De Syrische president Bashar al-Assad zei dat.", "Hij bleef.");
    }

    @Test
    void abbreviationThatOftenEndsASentenceSplitsBeforeATypicalOpener() {
        assertThat(sentences("Ze kochten brood, kaas enz. De winkel sloot. Ook in de V.S. Het is zo."))
                .containsExactly("Ze kochten brood, kaas enz.", "De winkel sloot.", "Ook in de V.S.", "Het is zo.");
        assertThat(sentences("In de V.S. Senaat")).containsExactly("In de V.S. Senaat");
    }

    @Test
    void englishAbbreviations() {
        List<Sentence> sentences = split("en", "Mr. Smith met Dr. Jones in the U.S. Senate. They talked.");
        assertThat(sentences).hasSize(2);
    }

    @Test
    void aSingleLineBreakIsNotASentenceEnd() {
        assertThat(sentences("De Syrische regering en leden van de\nSyrische oppositie praten. Dat zei hij."))
                .containsExactly("De Syrische regering en leden van de\nSyrische oppositie praten.", "Dat zei hij.");
    }

    @Test
    void aLineEndingInPunctuationEndsTheSentenceEvenBeforeLowercase() {
        assertThat(sentences("Eerste regel.\nen de tweede")).containsExactly("Eerste regel.", "en de tweede");
    }

    @Test
    void aBlankLineAlwaysEndsASentence() {
        assertThat(sentences("Een lange zin zonder punt die toch eindigt want er volgt een nieuwe alinea\n\n"
                + "de volgende alinea begint klein en heeft ook geen punt maar is lang genoeg"))
                .containsExactly("Een lange zin zonder punt die toch eindigt want er volgt een nieuwe alinea",
                        "de volgende alinea begint klein en heeft ook geen punt maar is lang genoeg");
        assertThat(sentences("Regel een,\r\n\r\nregel twee")).containsExactly("Regel een,", "regel twee");
    }

    @Test
    void shortLinesStandingAloneAreHeadings() {
        String text = "Aleppo\n\nHet overleg volgt op de evacuatie. Dat zei hij.\n\nDe partijen\n\nZij praten.\n\nEinde";
        List<Sentence> sentences = split("nl", text);
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
                "Aleppo", "Het overleg volgt op de evacuatie.", "Dat zei hij.", "De partijen", "Zij praten.", "Einde");
        assertThat(sentences).extracting(Sentence::heading).containsExactly(true, false, false, true, false, true);
    }

    @Test
    void aLongOrPunctuatedLineIsNoHeading() {
        assertThat(headings("Dit is een regel met meer dan acht woorden die dus geen kop is\n\nTekst."))
                .isEmpty();
        assertThat(headings("Kort.\n\nTekst.")).isEmpty();
        assertThat(headings("Wat nu?\n\nTekst.")).isEmpty();
    }

    @Test
    void aHeadingIsNeverGluedToTheNextSentence() {
        assertThat(sentences("Turkije\n\nTurkije is altijd fel tegenstander van Assad geweest."))
                .containsExactly("Turkije", "Turkije is altijd fel tegenstander van Assad geweest.");
    }

    @Test
    void everyTokenIsInExactlyOneSentence() {
        String text = "Eén. Twee? \"Drie!\" (Vier.)\n\nKop\n\nVijf zes";
        List<org.kroniek.core.Token> tokens = Tokenizer.dutch().tokenize(text);
        List<Sentence> sentences = SentenceSplitter.forLanguage("nl").split(text, tokens);
        int covered = 0;
        for (Sentence sentence : sentences) {
            covered += (int) tokens.stream()
                    .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end()).count();
        }
        assertThat(covered).isEqualTo(tokens.size());
        for (int i = 1; i < sentences.size(); i++) {
            assertThat(sentences.get(i).start()).isGreaterThanOrEqualTo(sentences.get(i - 1).end());
        }
    }

    @Test
    void noTokensNoSentences() {
        assertThat(split("nl", "")).isEmpty();
        assertThat(split("nl", " \n\n \t")).isEmpty();
    }
}
