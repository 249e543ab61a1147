package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Token;

class TokenizerTest {
    private static List<String> dutch(String text) {
        return surface(Tokenizer.dutch(), text);
    }

    private static List<String> english(String text) {
        return surface(Tokenizer.english(), text);
    }

    static List<String> surface(Tokenizer tokenizer, String text) {
        return tokenizer.tokenize(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void splitsWordsAndSentencePunctuation() {
        assertThat(dutch("Lavrov zei dat niet. Waarom?"))
                .containsExactly("Lavrov", "zei", "dat", "niet", ".", "Waarom", "?");
    }

    @Test
    void offsetsPointIntoTheText() {
        List<Token> tokens = Tokenizer.dutch().tokenize("  De VN, zei hij.");
        assertThat(tokens).containsExactly(new Token(2, 4), new Token(5, 7), new Token(7, 8),
                new Token(9, 12), new Token(13, 16), new Token(16, 17));
    }

    @Test
    void keepsDutchAbbreviationsWhole() {
        assertThat(dutch("o.a. dhr. Jansen, mr. Smit, d.w.z. St. Maarten, jl. bijv. m.b.t. e.d. blz. 4 nr. 5"))
                .containsExactly("o.a.", "dhr.", "Jansen", ",", "mr.", "Smit", ",", "d.w.z.", "St.", "Maarten",
                        ",", "jl.", "bijv.", "m.b.t.", "e.d.", "blz.", "4", "nr.", "5");
        assertThat(dutch("prof. dr. ir. drs. Bakker")).containsExactly("prof.", "dr.", "ir.", "drs.", "Bakker");
        assertThat(dutch("Dhr. Jansen")).containsExactly("Dhr.", "Jansen");
    }

    @Test
    void keepsEnglishAbbreviationsWhole() {
        assertThat(english("Mr. and Mrs. Smith of the U.S. met Dr. Jones, e.g. in Washington, i.e. here, etc."))
                .containsExactly("Mr.", "and", "Mrs.", "Smith", "of", "the", "U.S.", "met", "Dr.", "Jones", ",",
                        "e.g.", "in", "Washington", ",", "i.e.", "here", ",", "etc.");
    }

    @Test
    void initialsKeepTheirPeriod() {
        assertThat(dutch("J. Smith en A.G. de Vries")).containsExactly("J.", "Smith", "en", "A.G.", "de", "Vries");
    }

    @Test
    void sentenceFinalPeriodIsItsOwnToken() {
        assertThat(dutch("in 2016. Het")).containsExactly("in", "2016", ".", "Het");
        assertThat(dutch("de mens.")).containsExactly("de", "mens", ".");
    }

    @Test
    void keepsNumbersDatesAndTimesWhole() {
        assertThat(dutch("1.000 soldaten, 3,5 procent, om 12.57 uur in 2016"))
                .containsExactly("1.000", "soldaten", ",", "3,5", "procent", ",", "om", "12.57", "uur", "in", "2016");
        assertThat(dutch("27/12/16, 12:57")).containsExactly("27/12/16", ",", "12:57");
        assertThat(dutch("1,5 miljoen en 1.139.815 mensen")).containsExactly("1,5", "miljoen", "en", "1.139.815",
                "mensen");
    }

    @Test
    void commaOrColonBetweenWordsSeparates() {
        assertThat(dutch("ja,nee: zo")).containsExactly("ja", ",", "nee", ":", "zo");
    }

    @Test
    void keepsHyphenatedWordsWhole() {
        assertThat(dutch("een staakt-het-vuren in Oost-Oekraïne; de VN-gezant in Saudi-Arabië en Bashar al-Assad"))
                .containsExactly("een", "staakt-het-vuren", "in", "Oost-Oekraïne", ";", "de", "VN-gezant", "in",
                        "Saudi-Arabië", "en", "Bashar", "al-Assad");
    }

    @Test
    void keepsTheHyphenOfAnElidedCompoundPart() {
        assertThat(dutch("mond- en klauwzeer")).containsExactly("mond-", "en", "klauwzeer");
    }

    @Test
    void dashesAreSeparateTokens() {
        assertThat(dutch("Redactie − 27/12/16 – bron — ANP - met"))
                .containsExactly("Redactie", "−", "27/12/16", "–", "bron", "—", "ANP", "-", "met");
    }

    @Test
    void dutchApostropheForms() {
        assertThat(dutch("'s avonds in 's-Hertogenbosch, auto's en Lavrov's zo'n 't"))
                .containsExactly("'s", "avonds", "in", "'s-Hertogenbosch", ",", "auto's", "en", "Lavrov's",
                        "zo'n", "'t");
        assertThat(dutch("de jaren '80")).containsExactly("de", "jaren", "'80");
    }

    @Test
    void singleQuotesAroundWordsAreSeparate() {
        assertThat(dutch("de 'stem van de armen' en 'flikkers',"))
                .containsExactly("de", "'", "stem", "van", "de", "armen", "'", "en", "'", "flikkers", "'", ",");
    }

    @Test
    void englishSplitsClitics() {
        assertThat(english("Lavrov's plan doesn't work, I'm sure they'll see; can't"))
                .containsExactly("Lavrov", "'s", "plan", "does", "n't", "work", ",", "I", "'m", "sure", "they",
                        "'ll", "see", ";", "ca", "n't");
        assertThat(english("O'Brien")).containsExactly("O'Brien");
    }

    @Test
    void quotesAndTheirClosingPunctuation() {
        assertThat(dutch("\"Nee.\" ,,Ja'', zei hij. «Goed» “Zo”."))
                .containsExactly("\"", "Nee", ".", "\"", ",,", "Ja", "''", ",", "zei", "hij", ".", "«", "Goed",
                        "»", "“", "Zo", "”", ".");
    }

    @Test
    void ellipses() {
        assertThat(dutch("Wacht... nee… ja")).containsExactly("Wacht", "...", "nee", "…", "ja");
    }

    @Test
    void urlsAndEmailAddresses() {
        assertThat(dutch("Zie https://nos.nl/artikel/123-x?a=b. Of www.kroniek.org, mail info@kroniek.org."))
                .containsExactly("Zie", "https://nos.nl/artikel/123-x?a=b", ".", "Of", "www.kroniek.org", ",",
                        "mail", "info@kroniek.org", ".");
        assertThat(dutch("(zie http://example.org/a_(b))")).containsExactly("(", "zie", "http://example.org/a_(b)",
                ")");
    }

    @Test
    void bracketsPercentAndEuro() {
        assertThat(dutch("Comité (HNC) kreeg 5 % en 90% van € 1,5 miljoen of €20"))
                .containsExactly("Comité", "(", "HNC", ")", "kreeg", "5", "%", "en", "90%", "van", "€", "1,5",
                        "miljoen", "of", "€", "20");
        assertThat(english("up 90%")).containsExactly("up", "90", "%");
    }

    @Test
    void bracketedWordPartsStayInTheWord() {
        assertThat(dutch("partij(en) en (inter)gemeentelijke")).containsExactly("partij(en)", "en",
                "(inter)gemeentelijke");
    }

    @Test
    void abbreviationWithHyphenatedName() {
        assertThat(dutch("de St.-Pieter")).containsExactly("de", "St.-Pieter");
    }

    @Test
    void tokenizesASpanWithOffsetsIntoTheWholeText() {
        String text = "Eerst dit. Dan dat.";
        StringBuilder seen = new StringBuilder();
        Tokenizer.dutch().tokenize(text, 11, text.length(),
                (start, end) -> seen.append(start).append('-').append(end).append(' '));
        assertThat(seen.toString()).isEqualTo("11-14 15-18 18-19 ");
    }

    @Test
    void languageSelection() {
        assertThat(Tokenizer.forLanguage(null).language()).isEqualTo("nl");
        assertThat(Tokenizer.forLanguage("en-GB").language()).isEqualTo("en");
        assertThat(Tokenizer.forLanguage("nl").language()).isEqualTo("nl");
    }
}
