package org.kroniek.nlp.pos;

import java.util.Locale;

/**
 * Everything about one word form that does not depend on its sentence: lexicon entry, hashes, and the summed
 * perceptron scores of its word-only feature groups (as the word itself, and as each neighbour of another
 * word). Tagging a word then costs five vector additions plus a handful of context lookups, instead of some
 * fifty hash-table lookups. Immutable except for the lemma memo, which only ever caches a deterministic value
 * (racing threads write the same string), so instances are shared between threads.
 */
final class WordInfo {
    static final int SELF = 0, AS_PREVIOUS = 1, AS_PREVIOUS2 = 2, AS_NEXT = 3, AS_NEXT2 = 4, GROUPS = 5;

    final String form;
    final String lower;
    final LexiconEntry entry;
    final long lowerHash;
    final long suffix3;
    final boolean capitalised;
    final boolean clauseBreak;
    /** {@code GROUPS} score rows of {@code tagCount} floats. */
    final float[] scores;
    /** Lemma per UPOS ordinal, filled on first use ({@link Lemmatizer#lemma(WordInfo, Upos)}). */
    final String[] lemmas = new String[Upos.COUNT];

    private WordInfo(String form, String lower, LexiconEntry entry, float[] scores) {
        this.form = form;
        this.lower = lower;
        this.entry = entry;
        this.lowerHash = FeatureHash.chars(lower);
        this.suffix3 = SentenceFeatures.suffix(lower, 3);
        this.capitalised = SentenceFeatures.isCapitalised(form);
        this.clauseBreak = SentenceFeatures.isClauseBreak(form);
        this.scores = scores;
    }

    static WordInfo of(String form, LexiconEntry entry, WeightTable weights) {
        String lower = form.toLowerCase(Locale.ROOT);
        int tags = weights.tagCount();
        WordInfo info = new WordInfo(form, lower, entry, new float[GROUPS * tags]);
        long[] f = new long[SentenceFeatures.MAX_WORD_FEATURES];
        int mask = entry.uposMask();
        int classes = entry.classMask();
        info.sum(weights, f, SentenceFeatures.wordFeatures(form, lower, entry, false, f, 0), SELF);
        info.sum(weights, f, SentenceFeatures.asPrevious(info.lowerHash, mask, classes, info.suffix3, f, 0), AS_PREVIOUS);
        info.sum(weights, f, SentenceFeatures.asPrevious2(info.lowerHash, f, 0), AS_PREVIOUS2);
        info.sum(weights, f, SentenceFeatures.asNext(info.lowerHash, mask, classes, info.suffix3, f, 0), AS_NEXT);
        info.sum(weights, f, SentenceFeatures.asNext2(info.lowerHash, mask, f, 0), AS_NEXT2);
        return info;
    }

    private void sum(WeightTable weights, long[] features, int count, int group) {
        weights.addTo(features, count, scores, group * weights.tagCount());
    }
}
