package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;

/** Text without punctuation (a scraped table, a run-on transcript) is cut into sentences of bounded length. */
class LongSentenceTest {
    @Test
    void aRunWithoutBoundariesIsCutEveryThousandTokens() {
        String text = "woord ".repeat(2_500) + "einde.";
        List<Token> tokens = Tokenizer.dutch().tokenize(text);
        List<Sentence> sentences = SentenceSplitter.forLanguage("nl").split(text, tokens);
        assertThat(tokens).hasSize(2_502);
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0)).isEqualTo(new Sentence(0, tokens.get(999).end()));
        assertThat(sentences.get(1).start()).isEqualTo(tokens.get(1_000).start());
        assertThat(sentences.get(2).end()).isEqualTo(text.length());
    }

    @Test
    void ordinarySentencesAreNotTouched() {
        String text = "De minister sprak. " + "Zij zei dat het goed ging. ".repeat(50);
        List<Token> tokens = Tokenizer.dutch().tokenize(text);
        assertThat(SentenceSplitter.forLanguage("nl").split(text, tokens)).hasSize(51);
    }
}
