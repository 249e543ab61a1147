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
     * Label marginals p(label_i = l) under a log-linear reading of the scores divided by temperature. Writes
     * marginals into marg[i*L+l]; alpha and beta are scratch of n*L.
     *
     * <p>Forward-backward in probability space with per-position scaling: one exp per token and label instead of
     * a log-sum-exp over every transition, which made confidences the most expensive part of tagging. Each
     * position's emissions are shifted by their maximum before exp, and alpha and beta are renormalised at every
     * step, so nothing overflows or underflows.
     */
    static void marginals(float[] emit, int n, float[] trans, float temperature, float[] alpha, float[] beta,
                          float[] marg) {
        if (n == 0) {
            return;
        }
        float inv = 1f / temperature;
        float[] expTrans = new float[(L + 1) * L];
        for (int t = 0; t < expTrans.length; t++) {
            expTrans[t] = ALLOWED[t] ? (float) Math.exp(trans[t] * inv) : 0f;
        }
        // marg holds the shifted emission weights until the last loop overwrites it with the marginals.
        for (int i = 0; i < n; i++) {
            int base = i * L;
            float max = Float.NEGATIVE_INFINITY;
            for (int l = 0; l < L; l++) {
                max = Math.max(max, emit[base + l]);
            }
            for (int l = 0; l < L; l++) {
                marg[base + l] = (float) Math.exp((emit[base + l] - max) * inv);
            }
        }
        for (int cur = 0; cur < L; cur++) {
            alpha[cur] = expTrans[cur] * marg[cur];
        }
        normalise(alpha, 0);
        for (int i = 1; i < n; i++) {
            int base = i * L;
            int prevBase = base - L;
            for (int cur = 0; cur < L; cur++) {
                float sum = 0;
                for (int prev = 0; prev < L; prev++) {
                    sum += alpha[prevBase + prev] * expTrans[(prev + 1) * L + cur];
                }
                alpha[base + cur] = sum * marg[base + cur];
            }
            normalise(alpha, base);
        }
        int lastBase = (n - 1) * L;
        for (int l = 0; l < L; l++) {
            beta[lastBase + l] = 1f;
        }
        for (int i = n - 2; i >= 0; i--) {
            int base = i * L;
            int nextBase = base + L;
            for (int prev = 0; prev < L; prev++) {
                float sum = 0;
                for (int cur = 0; cur < L; cur++) {
                    sum += expTrans[(prev + 1) * L + cur] * marg[nextBase + cur] * beta[nextBase + cur];
                }
                beta[base + prev] = sum;
            }
            normalise(beta, base);
        }
        for (int i = 0; i < n; i++) {
            int base = i * L;
            for (int l = 0; l < L; l++) {
                marg[base + l] = alpha[base + l] * beta[base + l];
            }
            normalise(marg, base);
        }
    }

    /** Scales v[off..off+L) to sum to one (left as is when all zero). */
    private static void normalise(float[] v, int off) {
        float sum = 0;
        for (int l = 0; l < L; l++) {
            sum += v[off + l];
        }
        if (sum > 0) {
            float inv = 1f / sum;
            for (int l = 0; l < L; l++) {
                v[off + l] *= inv;
            }
        }
    }
}
