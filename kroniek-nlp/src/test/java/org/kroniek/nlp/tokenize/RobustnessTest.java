package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;

/** Odd input: every offset must stay valid, and nothing may hang or overflow the stack. */
class RobustnessTest {
    private static void assertValid(String text, List<Token> tokens) {
        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isGreaterThan(token.start()).isLessThanOrEqualTo(text.length());
            // never cut a surrogate pair in half
            assertThat(Character.isLowSurrogate(text.charAt(token.start()))).isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(token.end() - 1))).isFalse();
            previousEnd = token.end();
        }
    }

    @Test
    void emojiAndSurrogatePairs() {
        String text = "Vrede 🕊️ nu! 👍🏽 ok 👨‍👩‍👧 en 🇳🇱. 𝐀𝐁𝐂 is vet.";
        List<Token> tokens = Tokenizer.dutch().tokenize(text);
        assertValid(text, tokens);
        assertThat(TokenizerTest.surface(Tokenizer.dutch(), text)).containsExactly(
                "Vrede", "🕊️", "nu", "!", "👍🏽", "ok", "👨‍👩‍👧", "en", "🇳🇱", ".", "𝐀𝐁𝐂", "is", "vet", ".");
    }

    @Test
    void zeroWidthAndBidiCharactersSeparateOrJoinButNeverBreakOffsets() {
        String text = "\uFEFFHet\u200B nieuws\u200E uit \u202BSyrië\u202C. Staakt\u00ADhet\u00ADvuren\u2066!\u2069";
        List<Token> tokens = Tokenizer.dutch().tokenize(text);
        assertValid(text, tokens);
        assertThat(TokenizerTest.surface(Tokenizer.dutch(), text))
                .containsExactly("Het", "nieuws", "uit", "Syrië", ".", "Staakt\u00ADhet\u00ADvuren", "!");
    }

    @Test
    void windowsLineEndings() {
        String text = "Kop\r\n\r\nDe eerste zin loopt\r\ndoor. Tweede zin.\r\n";
        List<Token> tokens = Tokenizer.dutch().tokenize(text);
        assertValid(text, tokens);
        List<Sentence> sentences = SentenceSplitter.forLanguage("nl").split(text, tokens);
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Kop", "De eerste zin loopt\r\ndoor.", "Tweede zin.");
        assertThat(sentences.get(0).heading()).isTrue();
    }

    @Test
    void emptyText() {
        assertThat(Tokenizer.dutch().tokenize("")).isEmpty();
        assertThat(Tokenizer.english().tokenize("   \n")).isEmpty();
    }

    @Test
    void loneSurrogatesAndControlCharacters() {
        String text = "a\uD800b \uDC00 c\u0000d\u0007 ";
        // a lone surrogate is a char of its own: only the bounds can be checked
        assertThat(Tokenizer.dutch().tokenize(text))
                .allSatisfy(t -> assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length()));
        assertThat(TokenizerTest.surface(Tokenizer.dutch(), text)).contains("c", "d");
    }

    @Test
    @Timeout(10)
    void pathologicalInputFinishesQuickly() {
        String letters = "a".repeat(100_000);
        assertThat(Tokenizer.dutch().tokenize(letters)).containsExactly(new Token(0, 100_000));
        for (String unit : List.of(".", "-", "'", "(", "a.", "a-", "1,", "'s", "www.", "\u200D", "😀", "(a", "a(")) {
            String text = unit.repeat(100_000 / unit.length());
            List<Token> tokens = Tokenizer.dutch().tokenize(text);
            assertValid(text, tokens);
            assertValid(text, Tokenizer.english().tokenize(text));
            SentenceSplitter.forLanguage("nl").split(text, tokens);
        }
    }

    @Test
    void tokenizingIsThreadSafe() throws InterruptedException {
        String text = "De VN-gezant zei dhr. Lavrov's plan o.a. goed te vinden. ".repeat(200);
        List<Token> expected = Tokenizer.dutch().tokenize(text);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Boolean> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50; i++) {
                    results.add(Tokenizer.dutch().tokenize(text).equals(expected));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(20));
        }
        assertThat(results).hasSize(200).containsOnly(true);
    }
}
