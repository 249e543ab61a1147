package org.kroniek.core;

/** A token as UTF-16 offsets into the document text; pos (UPOS) and lemma are null until a tagger runs. */
public record Token(int start, int end, String pos, String lemma) {
    public Token {
        Spans.check(start, end);
    }

    public Token(int start, int end) {
        this(start, end, null, null);
    }

    public Token withTags(String newPos, String newLemma) {
        return new Token(start, end, newPos, newLemma);
    }
}
