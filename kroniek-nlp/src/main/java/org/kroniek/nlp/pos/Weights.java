package org.kroniek.nlp.pos;

/** Perceptron weights as the decoder sees them: per feature, one score per tag. */
interface Weights {
    /** Adds the weights of {@code feature} to {@code scores} (length = tag count); unknown features add nothing. */
    void addTo(long feature, float[] scores);
}
