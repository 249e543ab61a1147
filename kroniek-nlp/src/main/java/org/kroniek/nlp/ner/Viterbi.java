package org.kroniek.nlp.ner;

/**
 * First-order sequence decoding over BIO labels. Transition rows are indexed by previous label + 1, row 0
 * being the sentence start; transitions {@link NerLabels#allowed forbidden} by BIO are never taken.
 */
final class Viterbi {
    static final int L = NerLabels.COUNT;
    private static final boolean[] ALLOWED = new boolean[(L + 1) * L];

    static {
        for (int prev = -1; prev < L; prev++) {
            for (int cur = 0; cur < L; cur++) {
                ALLOWED[(prev + 1) * L + cur] = NerLabels.allowed(prev, cur);
            }
        }
    }

    private Viterbi() {
    }

    static boolean allowed(int prev, int cur) {
        return ALLOWED[(prev + 1) * L + cur];
    }

    /**
     * Best label sequence for n tokens with emission scores emit[i*L+l] and transitions trans; writes
     * labels into out and returns the path score. scratch must hold n*L floats and n*L ints.
     */
    static float decode(float[] emit, int n, float[] trans, int[] out, float[] delta, int[] back) {
        if (n == 0) {
            return 0;
        }
        for (int cur = 0; cur < L; cur++) {
            delta[cur] = ALLOWED[cur] ? trans[cur] + emit[cur] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int base = i * L;
            int prevBase = base - L;
            for (int cur = 0; cur < L; cur++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int prev = 0; prev < L; prev++) {
                    int t = (prev + 1) * L + cur;
                    if (!ALLOWED[t]) {
                        continue;
                    }
                    float s = delta[prevBase + prev] + trans[t];
                    if (s > best) {
                        best = s;
                        arg = prev;
                    }
                }
                delta[base + cur] = best + emit[base + cur];
                back[base + cur] = arg;
            }
        }
        int last = (n - 1) * L;
        int arg = 0;
        for (int cur = 1; cur < L; cur++) {
            if (delta[last + cur] > delta[last + arg]) {
                arg = cur;
            }
        }
        float score = delta[last + arg];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
        return score;
    }

    /**
     * Label marginals p(label_i = l) under a log-linear reading of the scores divided by temperature
     * (forward-backward in log space). Writes marginals into marg[i*L+l]; alpha and beta are scratch of n*L.
     */
    static void marginals(float[] emit, int n, float[] trans, float temperature, float[] alpha, float[] beta,
                          float[] marg) {
        if (n == 0) {
            return;
        }
        float inv = 1f / temperature;
        for (int cur = 0; cur < L; cur++) {
            alpha[cur] = ALLOWED[cur] ? (trans[cur] + emit[cur]) * inv : Float.NEGATIVE_INFINITY;
        }
        float[] tmp = new float[L];
        for (int i = 1; i < n; i++) {
            for (int cur = 0; cur < L; cur++) {
                for (int prev = 0; prev < L; prev++) {
                    int t = (prev + 1) * L + cur;
                    tmp[prev] = ALLOWED[t] ? alpha[(i - 1) * L + prev] + trans[t] * inv : Float.NEGATIVE_INFINITY;
                }
                alpha[i * L + cur] = logSumExp(tmp) + emit[i * L + cur] * inv;
            }
        }
        for (int cur = 0; cur < L; cur++) {
            beta[(n - 1) * L + cur] = 0;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int prev = 0; prev < L; prev++) {
                for (int cur = 0; cur < L; cur++) {
                    int t = (prev + 1) * L + cur;
                    tmp[cur] = ALLOWED[t]
                            ? trans[t] * inv + emit[(i + 1) * L + cur] * inv + beta[(i + 1) * L + cur]
                            : Float.NEGATIVE_INFINITY;
                }
                beta[i * L + prev] = logSumExp(tmp);
            }
        }
        float z = logSumExp(alpha, (n - 1) * L);
        for (int i = 0; i < n * L; i++) {
            marg[i] = (float) Math.exp(alpha[i] + beta[i] - z);
        }
    }

    private static float logSumExp(float[] v) {
        return logSumExp(v, 0);
    }

    private static float logSumExp(float[] v, int off) {
        float max = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < L; l++) {
            max = Math.max(max, v[off + l]);
        }
        if (max == Float.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int l = 0; l < L; l++) {
            sum += Math.exp(v[off + l] - max);
        }
        return (float) (max + Math.log(sum));
    }
}
