package org.kroniek.nlp.pos;

/** The UPOS tag and lemma of each word of one sentence, index-aligned with its words. */
public record TaggedSentence(Upos[] tags, String[] lemmas) {
}
