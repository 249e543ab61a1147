package org.kroniek.nlp.tokenize;

import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.Stage;
import org.kroniek.core.Token;

/**
 * Sets the token and sentence layers of a document, with the rules of its language (Dutch when unknown).
 * Holds no per-document state, so one instance serves every thread.
 */
public final class TokenizeStage implements Stage {
    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public void process(Document document) {
        String text = document.getText();
        String language = document.getLanguage();
        List<Token> tokens = Tokenizer.forLanguage(language).tokenize(text);
        document.setTokens(tokens);
        document.setSentences(SentenceSplitter.forLanguage(language).split(text, tokens));
    }
}
