package org.kroniek.nlp.pos;

import java.util.Arrays;

/**
 * Perceptron weights during training, with lazy averaging: each cell remembers when it last changed, so the
 * running sum for the averaged perceptron costs O(1) per update instead of O(model) per step.
 */
final class TrainableWeights implements Weights {
    private final int tagCount;
    private long[] keys = new long[1 << 16];
    private int[] rows = new int[1 << 16];
    private int rowCount;
    private float[] weights = new float[1024];
    private double[] totals = new double[1024];
    private int[] stamps = new int[1024];

    TrainableWeights(int tagCount) {
        this.tagCount = tagCount;
    }

    @Override
    public void addTo(long feature, float[] scores) {
        int row = find(feature);
        if (row >= 0) {
            int base = row * tagCount;
            for (int t = 0; t < tagCount; t++) {
                scores[t] += weights[base + t];
            }
        }
    }

    void update(long feature, int tag, float delta, int step) {
        int row = findOrAdd(feature);
        int i = row * tagCount + tag;
        totals[i] += (double) (step - stamps[i]) * weights[i];
        stamps[i] = step;
        weights[i] += delta;
    }

    /**
     * The averaged weights at {@code step}, dropping features whose largest absolute weight is below
     * {@code pruneBelow} (rare features that barely moved: they cost space and do not change decisions).
     */
    WeightTable averaged(int step, float pruneBelow) {
        float[] avg = new float[rowCount * tagCount];
        for (int i = 0; i < avg.length; i++) {
            double total = totals[i] + (double) (step - stamps[i]) * weights[i];
            avg[i] = (float) (total / Math.max(1, step));
        }
        long[] keptKeys = new long[rowCount];
        float[] kept = new float[rowCount * tagCount];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] == 0) {
                continue;
            }
            int base = rows[slot] * tagCount;
            float max = 0;
            for (int t = 0; t < tagCount; t++) {
                max = Math.max(max, Math.abs(avg[base + t]));
            }
            if (max >= pruneBelow && max > 0) {
                keptKeys[n] = keys[slot];
                System.arraycopy(avg, base, kept, n * tagCount, tagCount);
                n++;
            }
        }
        return new WeightTable(Arrays.copyOf(keptKeys, n), Arrays.copyOf(kept, n * tagCount), tagCount);
    }

    private int find(long feature) {
        int mask = keys.length - 1;
        int slot = (int) feature & mask;
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == feature) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int findOrAdd(long feature) {
        int mask = keys.length - 1;
        int slot = (int) feature & mask;
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == feature) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        if ((rowCount + 1) * 2 > keys.length) {
            grow();
            return findOrAdd(feature);
        }
        keys[slot] = feature;
        rows[slot] = rowCount;
        int needed = (rowCount + 1) * tagCount;
        if (needed > weights.length) {
            int size = Math.max(needed, weights.length * 2);
            weights = Arrays.copyOf(weights, size);
            totals = Arrays.copyOf(totals, size);
            stamps = Arrays.copyOf(stamps, size);
        }
        return rowCount++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                int slot = (int) oldKeys[s] & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                rows[slot] = oldRows[s];
            }
        }
    }
}
