package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;

/**
 * Fuzzes the tokenizer and the sentence splitter together (Jazzer; fuzzes only with {@code -Pfuzz}, otherwise
 * replays the inputs under {@code TokenizerFuzzTestInputs/}). Properties: tokens are non-empty, inside the text,
 * in order and never cut a surrogate pair; every token lies in exactly one sentence, sentences start and end on
 * token boundaries and hold at most {@link SentenceSplitter#MAX_SENTENCE_TOKENS} tokens.
 */
class TokenizerFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void tokensAndSentencesKeepExactOffsets(FuzzedDataProvider data) {
        String language = data.consumeBoolean() ? "en" : "nl";
        String text = data.consumeRemainingAsString();
        List<Token> tokens = Tokenizer.forLanguage(language).tokenize(text);
        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isGreaterThan(token.start()).isLessThanOrEqualTo(text.length());
            assertThat(cutsPair(text, token.start())).as("token %s starts inside a surrogate pair", token).isFalse();
            assertThat(cutsPair(text, token.end())).as("token %s ends inside a surrogate pair", token).isFalse();
            previousEnd = token.end();
        }
        List<Sentence> sentences = SentenceSplitter.forLanguage(language).split(text, tokens);
        int k = 0;
        for (Sentence sentence : sentences) {
            assertThat(k).as("sentence %s has no token left", sentence).isLessThan(tokens.size());
            assertThat(sentence.start()).isEqualTo(tokens.get(k).start());
            int first = k;
            while (k < tokens.size() && tokens.get(k).end() <= sentence.end()) {
                k++;
            }
            assertThat(k - first).as("tokens in %s", sentence)
                    .isBetween(1, SentenceSplitter.MAX_SENTENCE_TOKENS);
            assertThat(sentence.end()).isEqualTo(tokens.get(k - 1).end());
        }
        assertThat(k).as("tokens outside every sentence").isEqualTo(tokens.size());
    }

    /** True when offset lies between the two halves of a surrogate pair. */
    private static boolean cutsPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
