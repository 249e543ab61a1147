package org.kroniek.nlp.ner;

/**
 * Read-only weights of a trained model: open addressing from feature key to a row of per-label weights,
 * stored inline next to the key's slot so a lookup touches two cache lines at most. Shared by all threads.
 */
final class FeatureWeights implements EmissionScorer {
    private final long[] keys;
    private final float[] weights;
    private final int labels;
    private final int mask;
    private final int size;

    FeatureWeights(int expected, int labels) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        this.keys = new long[cap];
        this.weights = new float[cap * labels];
        this.labels = labels;
        this.mask = cap - 1;
        this.size = expected;
    }

    /** Only while building (loading or pruning); not thread-safe. */
    void put(long key, float[] row) {
        int i = (int) key & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        System.arraycopy(row, 0, weights, i * labels, labels);
    }

    @Override
    public void addScores(long key, float[] scores, int offset) {
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                int base = i * labels;
                for (int l = 0; l < labels; l++) {
                    scores[offset + l] += weights[base + l];
                }
                return;
            }
            if (k == 0) {
                return;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    int labels() {
        return labels;
    }

    void forEach(RowConsumer consumer) {
        float[] row = new float[labels];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                System.arraycopy(weights, i * labels, row, 0, labels);
                consumer.accept(keys[i], row);
            }
        }
    }

    interface RowConsumer {
        void accept(long key, float[] row);
    }
}
