package org.kroniek.nlp.pos;

import java.util.Arrays;

/**
 * Read-only perceptron weights: an open-addressing hash map from a 64-bit feature id to a row of one weight
 * per tag, all rows in one flat array. Immutable after construction, so shared by all threads.
 */
final class WeightTable implements Weights {
    private final long[] keys;
    private final int[] rows;
    private final float[] weights;
    private final int tagCount;
    private final int mask;

    /** @param featureKeys feature ids (non-zero, distinct); row {@code r} of {@code rowWeights} belongs to key {@code r} */
    WeightTable(long[] featureKeys, float[] rowWeights, int tagCount) {
        this.tagCount = tagCount;
        this.weights = rowWeights;
        int capacity = Integer.highestOneBit(Math.max(16, featureKeys.length * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.rows = new int[capacity];
        this.mask = capacity - 1;
        for (int r = 0; r < featureKeys.length; r++) {
            int slot = (int) featureKeys[r] & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = featureKeys[r];
            rows[slot] = r;
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
        int slot = (int) feature & mask;
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == feature) {
                int base = rows[slot] * tagCount;
                for (int t = 0; t < tagCount; t++) {
                    scores[t] += weights[base + t];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The feature ids in row order (for saving). */
    long[] featureKeys() {
        long[] out = new long[size()];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                out[rows[slot]] = keys[slot];
            }
        }
        return out;
    }

    float[] rowWeights() {
        return Arrays.copyOf(weights, weights.length);
    }
}
