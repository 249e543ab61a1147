package org.kroniek.nlp.ner;

/**
 * Perceptron weights while training: current weights plus the running sums needed for averaging (the
 * "lazy average" trick: avg = w - u / c, where u accumulates c * delta at each update).
 */
final class TrainableWeights {
    private final int labels;
    private long[] keys;
    private float[] w;
    private float[] u;
    private int size;

    TrainableWeights(int labels, int initialCapacity) {
        this.labels = labels;
        int cap = Integer.highestOneBit(Math.max(16, initialCapacity) - 1) << 1;
        keys = new long[cap];
        w = new float[cap * labels];
        u = new float[cap * labels];
    }

    void update(long key, int label, float delta, long step) {
        int i = slotForInsert(key);
        w[i * labels + label] += delta;
        u[i * labels + label] += step * delta;
    }

    /** Scores with the current (not averaged) weights, as perceptron training decodes. */
    EmissionScorer current() {
        return (key, scores, offset) -> {
            int i = find(key);
            if (i >= 0) {
                int base = i * labels;
                for (int l = 0; l < labels; l++) {
                    scores[offset + l] += w[base + l];
                }
            }
        };
    }

    /** Scores with the averaged weights after {@code step} updates (for dev evaluation). */
    EmissionScorer averaged(long step) {
        float inv = 1f / step;
        return (key, scores, offset) -> {
            int i = find(key);
            if (i >= 0) {
                int base = i * labels;
                for (int l = 0; l < labels; l++) {
                    scores[offset + l] += w[base + l] - u[base + l] * inv;
                }
            }
        };
    }

    /** Averaged weights, dropping features whose largest absolute weight is below {@code minAbs}. */
    FeatureWeights freeze(long step, float minAbs) {
        float inv = 1f / step;
        int kept = 0;
        float[] row = new float[labels];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && maxAbs(i, inv, row) >= minAbs) {
                kept++;
            }
        }
        FeatureWeights frozen = new FeatureWeights(kept, labels);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && maxAbs(i, inv, row) >= minAbs) {
                frozen.put(keys[i], row);
            }
        }
        return frozen;
    }

    int size() {
        return size;
    }

    private float maxAbs(int slot, float inv, float[] row) {
        float max = 0;
        for (int l = 0; l < labels; l++) {
            row[l] = w[slot * labels + l] - u[slot * labels + l] * inv;
            max = Math.max(max, Math.abs(row[l]));
        }
        return max;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    private int slotForInsert(long key) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                return slotForInsert(key);
            }
            keys[i] = key;
            size++;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        float[] oldW = w;
        float[] oldU = u;
        keys = new long[oldKeys.length * 2];
        w = new float[keys.length * labels];
        u = new float[keys.length * labels];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != 0) {
                int i = (int) key & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                System.arraycopy(oldW, j * labels, w, i * labels, labels);
                System.arraycopy(oldU, j * labels, u, i * labels, labels);
            }
        }
    }
}
