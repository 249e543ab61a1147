package org.kroniek.nlp.pos;

import java.util.Arrays;

/**
 * Read-only perceptron weights: an open-addressing hash map from a 64-bit feature id to a row of one weight
 * per tag, all rows in one flat array. Immutable after construction, so shared by all threads.
 */
final class WeightTable implements Weights {
    /** Open addressing; slot s holds its feature id at 2s and its row index at 2s+1 (one cache line, one miss). */
    private final long[] slots;
    private final float[] weights;
    private final int tagCount;
    private final int mask;

    /** @param featureKeys feature ids (non-zero, distinct); row {@code r} of {@code rowWeights} belongs to key {@code r} */
    WeightTable(long[] featureKeys, float[] rowWeights, int tagCount) {
        this.tagCount = tagCount;
        this.weights = rowWeights;
        int capacity = Integer.highestOneBit(Math.max(16, featureKeys.length * 2 - 1)) << 1;
        this.slots = new long[capacity * 2];
        this.mask = capacity - 1;
        for (int r = 0; r < featureKeys.length; r++) {
            int slot = (int) featureKeys[r] & mask;
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = featureKeys[r];
            slots[2 * slot + 1] = r;
        }
    }

    int tagCount() {
        return tagCount;
    }

    int size() {
        return weights.length / tagCount;
    }

    /** Adds the weights of {@code feature} to {@code scores}; unknown features add nothing. */
    @Override
    public void addTo(long feature, float[] scores) {
        addTo(feature, scores, 0);
    }

    /** Adds the weights of {@code feature} to {@code scores[offset .. offset + tagCount)}. */
    void addTo(long feature, float[] scores, int offset) {
        int base = row(feature);
        if (base >= 0) {
            float[] w = weights;
            for (int t = 0; t < tagCount; t++) {
                scores[offset + t] += w[base + t];
            }
        }
    }

    /** Adds the weights of {@code features[0 .. count)} to {@code scores[offset .. offset + tagCount)}. */
    void addTo(long[] features, int count, float[] scores, int offset) {
        for (int k = 0; k < count; k++) {
            addTo(features[k], scores, offset);
        }
    }

    /** Where the weights of {@code feature} start in the weight array, or -1 if the model lacks it. */
    private int row(long feature) {
        long[] s = slots;
        int slot = (int) feature & mask;
        long k;
        while ((k = s[2 * slot]) != 0) {
            if (k == feature) {
                return (int) s[2 * slot + 1] * tagCount;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The feature ids in row order (for saving). */
    long[] featureKeys() {
        long[] out = new long[size()];
        for (int slot = 0; slot <= mask; slot++) {
            if (slots[2 * slot] != 0) {
                out[(int) slots[2 * slot + 1]] = slots[2 * slot];
            }
        }
        return out;
    }

    float[] rowWeights() {
        return Arrays.copyOf(weights, weights.length);
    }
}
