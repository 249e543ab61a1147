package org.kroniek.nlp.tokenize;

/** Receives token spans as the tokenizer finds them, so callers can avoid allocating a {@code Token} each. */
@FunctionalInterface
public interface TokenConsumer {
    /** A token covering UTF-16 offsets {@code [start, end)} of the scanned text. */
    void token(int start, int end);
}
