package org.kroniek.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    /** Splits on spaces: enough to show that a later stage sees an earlier stage's layer. */
    private static final Stage SPACE_TOKENS = new Stage() {
        @Override
        public String name() {
            return "space-tokens";
        }

        @Override
        public void process(Document doc) {
            List<Token> tokens = new ArrayList<>();
            String text = doc.getText();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ' ') {
                    if (i > start) {
                        tokens.add(new Token(start, i));
                    }
                    start = i + 1;
                }
            }
            doc.setTokens(tokens);
        }
    };

    private static final Stage LOWERCASE_LEMMAS = new Stage() {
        @Override
        public String name() {
            return "lemmas";
        }

        @Override
        public void process(Document doc) {
            doc.setTokens(doc.getTokens().stream()
                    .map(t -> t.withTags("X", doc.span(t.start(), t.end()).toLowerCase()))
                    .toList());
        }
    };

    @Test
    void laterStagesReadEarlierLayers() {
        Pipeline pipeline = Pipeline.of(SPACE_TOKENS, LOWERCASE_LEMMAS);
        Document doc = pipeline.analyze(new Document("d", "Moskou en Ankara"));
        assertThat(doc.getTokens()).extracting(Token::lemma).containsExactly("moskou", "en", "ankara");
        assertThat(pipeline.name()).isEqualTo("pipeline[space-tokens, lemmas]");
    }

    @Test
    void pipelinesCompose() {
        Pipeline inner = Pipeline.of(SPACE_TOKENS);
        Document doc = Pipeline.of(inner, LOWERCASE_LEMMAS).analyze(new Document("d", "A B"));
        assertThat(doc.getTokens()).hasSize(2).allSatisfy(t -> assertThat(t.pos()).isEqualTo("X"));
    }
}
