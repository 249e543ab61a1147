package org.kroniek.nlp.actors;

import java.util.Arrays;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;

/** A document's tokens as the linker reads them: key forms, POS, sentence numbers, lookup by offset. */
final class DocumentTokens {
    private final String text;
    private final List<Token> tokens;
    private final int[] starts;
    private final String[] keys;
    private final int[] sentence;

    DocumentTokens(Document document) {
        text = document.getText();
        tokens = document.getTokens();
        int n = tokens.size();
        starts = new int[n];
        keys = new String[n];
        sentence = new int[n];
        List<Sentence> sentences = document.getSentences();
        int s = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            starts[i] = token.start();
            while (s < sentences.size() - 1 && token.start() >= sentences.get(s).end()) {
                s++;
            }
            sentence[i] = s;
        }
    }

    int size() {
        return tokens.size();
    }

    /** The index of the token that starts at or covers the offset, or the next one; size() past the end. */
    int at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            return i;
        }
        int before = -i - 2;
        if (before >= 0 && tokens.get(before).end() > offset) {
            return before;
        }
        return -i - 1;
    }

    /** The index of the last token ending at or before the offset, or -1. */
    int lastEndingBy(int offset) {
        int i = at(offset);
        while (i >= tokens.size() || (i >= 0 && tokens.get(i).end() > offset)) {
            i--;
        }
        return i;
    }

    /** The token's {@link NameKey}, computed once. */
    String key(int i) {
        String key = keys[i];
        if (key == null) {
            Token token = tokens.get(i);
            key = NameKey.of(text.substring(token.start(), token.end()));
            keys[i] = key;
        }
        return key;
    }

    String surface(int i) {
        Token token = tokens.get(i);
        return text.substring(token.start(), token.end());
    }

    String text(int start, int end) {
        return text.substring(start, end);
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    int sentence(int i) {
        return sentence[i];
    }

    /** Whether the token is a verb by its POS tag (untagged text: never). */
    boolean isVerb(int i) {
        String pos = tokens.get(i).pos();
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    /** Whether the token ends a clause for the purpose of looking for a title or head noun. */
    boolean isClauseBreak(int i) {
        String s = surface(i);
        return s.length() == 1 && ".:;!?()\"".indexOf(s.charAt(0)) >= 0;
    }

    boolean isComma(int i) {
        return ",".equals(surface(i));
    }
}
