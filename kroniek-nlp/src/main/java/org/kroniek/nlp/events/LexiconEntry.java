package org.kroniek.nlp.events;

import java.util.List;
import java.util.Set;

/**
 * One line of an event lexicon: a word or a run of words, what it does, and the conditions under which it does
 * it (see the header of {@code lexicon-nl.tsv} for the file format).
 *
 * @param type     the PLOVER type for {@link EntryKind#EVENT} entries (STATEMENT for speech), otherwise null
 * @param words    the lemma (or word form), or several in a row
 * @param pos      "NOUN" or "VERB" when the entry holds only for that part of speech, else null
 * @param particle a separable particle that must stand in the same clause, or null
 * @param with     lemmas of which one must be in the clause (empty: no condition)
 * @param weak     an ambiguous word, coded with lower confidence
 * @param object   the "with" words must stand after the trigger (its object: "lifted ... curfew"), not before
 */
record LexiconEntry(EntryKind kind, String type, List<String> words, String pos, String particle, Set<String> with,
                    boolean weak, boolean object) {

    boolean isPhrase() {
        return words.size() > 1;
    }

    /** Entries with more conditions describe a reading more precisely and win over plainer ones. */
    int specificity() {
        return (particle != null ? 2 : 0) + (with.isEmpty() ? 0 : 1) + (pos != null ? 1 : 0) + words.size() - 1;
    }
}
