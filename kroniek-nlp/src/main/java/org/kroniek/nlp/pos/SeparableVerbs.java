package org.kroniek.nlp.pos;

import java.util.Locale;

/**
 * Finds the particle of a split separable verb in its sentence, so that {@code spoorde ... aan} gets the UD
 * Dutch lemma {@code aan_sporen} and {@code na te denken} gets {@code na_denken}. A particle is a word later in
 * the same clause that ends its phrase (followed by a verb, punctuation, a conjunction or the sentence end), or
 * the word right before the verb's {@code te}. A word right before a finite verb is not taken: cross-training on
 * the two dev treebanks showed it is mostly a preposition or adverb of its own.
 */
final class SeparableVerbs {
    private static final int WINDOW = 15;

    private SeparableVerbs() {
    }

    /** The particle-verb lemma for verb {@code i}, or null when no particle of its separable readings is found. */
    static String lemma(String[] words, Upos[] tags, int i, String verbLemma, CompoundSplitter splitter) {
        if (verbLemma == null || verbLemma.indexOf('_') >= 0) {
            return null;
        }
        for (int j = i + 1; j < words.length && j <= i + WINDOW; j++) {
            if (tags[j] == Upos.PUNCT && !words[j].equals("\"")) {
                break;
            }
            if (isParticleTag(tags[j]) && endsPhrase(tags, j)) {
                String found = match(splitter, words[j], verbLemma);
                if (found != null) {
                    return found;
                }
            }
        }
        int before = i - 1;
        if (before >= 1 && words[before].equals("te")) {
            before--;
        } else {
            return null; // a particle right before a finite verb is mostly a preposition or adverb of its own
        }
        if (before >= 0 && isParticleTag(tags[before])) {
            return match(splitter, words[before], verbLemma);
        }
        return null;
    }

    private static boolean isParticleTag(Upos tag) {
        return tag == Upos.ADP || tag == Upos.ADV || tag == Upos.ADJ || tag == Upos.NOUN;
    }

    private static boolean endsPhrase(Upos[] tags, int j) {
        if (j + 1 >= tags.length) {
            return true;
        }
        Upos next = tags[j + 1];
        return next == Upos.VERB || next == Upos.AUX || next == Upos.PUNCT || next == Upos.CCONJ
                || next == Upos.SCONJ;
    }

    private static String match(CompoundSplitter splitter, String word, String verbLemma) {
        String particle = word.toLowerCase(Locale.ROOT);
        return splitter.isParticleVerb(particle, verbLemma) ? particle + "_" + verbLemma : null;
    }
}
