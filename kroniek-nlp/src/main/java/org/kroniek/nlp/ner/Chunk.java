package org.kroniek.nlp.ner;

/** An entity mention as a token range [start, end) with its type (PER, LOC, ORG, MISC). */
public record Chunk(int start, int end, String type) {
}
