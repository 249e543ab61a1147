package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;

class TokenizeStageTest {
    @Test
    void setsTokensAndSentences() {
        Document document = new Document("d1", "Aleppo\n\nLavrov zei dat. Hij ging.");
        new TokenizeStage().process(document);
        assertThat(document.getTokens()).hasSize(8);
        assertThat(document.getSentences()).hasSize(3);
        assertThat(document.getSentences().getFirst().heading()).isTrue();
    }

    @Test
    void usesTheDocumentLanguage() {
        Document english = new Document("e", "It doesn't work.");
        english.setLanguage("en");
        new TokenizeStage().process(english);
        assertThat(english.getTokens()).hasSize(5);

        Document dutch = new Document("n", "It doesn't work.");
        new TokenizeStage().process(dutch);
        assertThat(dutch.getTokens()).hasSize(4);
    }
}
