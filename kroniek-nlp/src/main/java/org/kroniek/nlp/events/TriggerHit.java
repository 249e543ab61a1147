package org.kroniek.nlp.events;

/**
 * Where a lexicon entry matched in a sentence: positions {@code first..last} (inclusive), and whether the words
 * are a noun (or a noun phrase) rather than a verb.
 */
record TriggerHit(int first, int last, LexiconEntry entry, boolean noun) {

    EntryKind kind() {
        return entry.kind();
    }

    String type() {
        return entry.type();
    }
}
