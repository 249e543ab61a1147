package org.kroniek.nlp.ner;

/** Adds the per-label weights of one feature to a score row. */
interface EmissionScorer {
    void addScores(long featureKey, float[] scores, int offset);
}
