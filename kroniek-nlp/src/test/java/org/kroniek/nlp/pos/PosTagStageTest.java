package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;

class PosTagStageTest {
    private final PosTagStage stage = new PosTagStage(new DutchPosAnalyzer(TestModels.tinyModel(), TestModels.lexicon()));

    @Test
    void tagsEveryTokenOfEverySentence() {
        Document doc = document("De kat slaapt . Jan leest een boek .", "nl");
        doc.setSentences(List.of(new Sentence(0, 15), new Sentence(16, doc.getText().length())));
        stage.process(doc);
        assertThat(doc.getTokens()).extracting(Token::pos)
                .containsExactly("DET", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT");
        assertThat(doc.getTokens()).extracting(Token::lemma)
                .containsExactly("de", "kat", "slapen", ".", "Jan", "lezen", "een", "boek", ".");
        assertThat(stage.name()).isEqualTo("pos");
    }

    @Test
    void withoutSentencesAllTokensAreOneSentence() {
        Document doc = document("Het huis is groot .", null);
        stage.process(doc);
        assertThat(doc.getTokens()).allSatisfy(t -> assertThat(t.pos()).isNotNull());
        assertThat(doc.getTokens()).allSatisfy(t -> assertThat(t.lemma()).isNotNull());
    }

    @Test
    void englishHasNoModelYetAndIsLeftUntagged() {
        Document doc = document("The cat sleeps .", "en");
        stage.process(doc);
        assertThat(doc.getTokens()).allSatisfy(t -> assertThat(t.pos()).isNull());
    }

    @Test
    void emptyDocumentIsFine() {
        Document doc = new Document("d", "");
        doc.setLanguage("nl");
        stage.process(doc);
        assertThat(doc.getTokens()).isEmpty();
    }

    /** Tokens split on single spaces, as the tokenizer stage would provide them. */
    private static Document document(String text, String language) {
        Document doc = new Document("d1", text);
        doc.setLanguage(language);
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(start, start + word.length()));
            start += word.length() + 1;
        }
        doc.setTokens(tokens);
        return doc;
    }
}
