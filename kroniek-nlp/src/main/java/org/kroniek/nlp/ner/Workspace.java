package org.kroniek.nlp.ner;

/** One thread's reusable arrays for scoring and decoding a sentence; never shared between threads. */
final class Workspace {
    final FeatureExtractor.Scratch features = new FeatureExtractor.Scratch();
    float[] emit = new float[64 * Viterbi.L];
    float[] delta = new float[64 * Viterbi.L];
    int[] back = new int[64 * Viterbi.L];
    float[] alpha = new float[64 * Viterbi.L];
    float[] beta = new float[64 * Viterbi.L];
    float[] marginals = new float[64 * Viterbi.L];

    void ensure(int n) {
        int need = n * Viterbi.L;
        if (emit.length < need) {
            int cap = Math.max(need, emit.length * 2);
            emit = new float[cap];
            delta = new float[cap];
            back = new int[cap];
            alpha = new float[cap];
            beta = new float[cap];
            marginals = new float[cap];
        }
    }

    /** Emission scores emit[i*L+l] from the features in buffer f. */
    void score(FeatureBuffer f, EmissionScorer weights) {
        int n = f.tokens;
        ensure(n);
        java.util.Arrays.fill(emit, 0, n * Viterbi.L, 0f);
        long[] keys = f.keys;
        for (int i = 0; i < n; i++) {
            int off = i * Viterbi.L;
            for (int k = f.from(i), end = f.to(i); k < end; k++) {
                weights.addScores(keys[k], emit, off);
            }
        }
    }
}
