package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;
import org.kroniek.core.Token;

/**
 * Zero-width, bidi and other invisible characters stay in the text and every offset still points at the same
 * characters after the JSON output is read back: the contract is UTF-16 offsets into the text as stored.
 */
class InvisibleCharactersTest {
    private static final String TEXT = "\uFEFFDe \u200Bminister\u200D van \u202BBuitenlandse Zaken\u202C zei "
            + "\u2066vrijdag\u2069 dat het \u200Egesprek\u200F in Wenen\u0000 doorgaat.\u2028Beide partijen "
            + "\u202Ekomen\u202C, met 🇳🇱 en 👨‍👩‍👧.\r\nEinde\u0085 bericht.";

    @Test
    void offsetsSurviveTheJsonRoundTrip() {
        Document document = new Document("onzichtbaar", TEXT);
        document.setLanguage("nl");
        new TokenizeStage().process(document);
        List<Token> tokens = document.getTokens();
        assertThat(tokens).extracting(t -> TEXT.substring(t.start(), t.end()))
                .contains("minister", "Buitenlandse", "Zaken", "vrijdag", "gesprek", "Wenen", "komen", "🇳🇱", "Einde");

        Document back = DocumentJson.fromJson(DocumentJson.toLine(document));
        assertThat(back.getText()).isEqualTo(TEXT);
        assertThat(back.getTokens()).isEqualTo(tokens);
        assertThat(back.getSentences()).isEqualTo(document.getSentences());
        for (Token token : back.getTokens()) {
            assertThat(back.getText().substring(token.start(), token.end()))
                    .isEqualTo(TEXT.substring(token.start(), token.end()));
        }
    }
}
