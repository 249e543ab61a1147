package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViterbiTest {
    private static final int L = NerLabels.COUNT;

    @Test
    void forbidsInsideWithoutBegin() {
        assertThat(NerLabels.allowed(-1, NerLabels.inside(0))).isFalse();
        assertThat(NerLabels.allowed(NerLabels.O, NerLabels.inside(0))).isFalse();
        assertThat(NerLabels.allowed(NerLabels.begin(1), NerLabels.inside(0))).isFalse();
        assertThat(NerLabels.allowed(NerLabels.begin(0), NerLabels.inside(0))).isTrue();
        assertThat(NerLabels.allowed(NerLabels.inside(0), NerLabels.inside(0))).isTrue();
    }

    @Test
    void takesTheBestAllowedPathEvenWhenEmissionsPreferAForbiddenOne() {
        // Token 0 prefers O a little, token 1 strongly prefers I-PER: the best legal path is B-PER I-PER.
        float[] emit = new float[2 * L];
        emit[NerLabels.O] = 1f;
        emit[NerLabels.begin(0)] = 0.5f;
        emit[L + NerLabels.inside(0)] = 5f;
        int[] out = new int[2];
        Viterbi.decode(emit, 2, new float[(L + 1) * L], out, new float[2 * L], new int[2 * L]);
        assertThat(out).containsExactly(NerLabels.begin(0), NerLabels.inside(0));
    }

    @Test
    void usesTransitionScores() {
        float[] emit = new float[2 * L];
        emit[NerLabels.begin(1)] = 1f;
        emit[L + NerLabels.O] = 1f;
        emit[L + NerLabels.begin(1)] = 0.9f;
        float[] trans = new float[(L + 1) * L];
        trans[(NerLabels.begin(1) + 1) * L + NerLabels.begin(1)] = 0.5f; // B-LOC B-LOC made attractive
        int[] out = new int[2];
        Viterbi.decode(emit, 2, trans, out, new float[2 * L], new int[2 * L]);
        assertThat(out).containsExactly(NerLabels.begin(1), NerLabels.begin(1));
    }

    @Test
    void marginalsSumToOnePerToken() {
        float[] emit = {1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 1, 0, 0, 0};
        float[] marg = new float[2 * L];
        Viterbi.marginals(emit, 2, new float[(L + 1) * L], 1f, new float[2 * L], new float[2 * L], marg);
        for (int i = 0; i < 2; i++) {
            float sum = 0;
            for (int l = 0; l < L; l++) {
                sum += marg[i * L + l];
            }
            assertThat(sum).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        }
        assertThat(marg[NerLabels.inside(0)]).isZero();
    }

    @Test
    void marginalsEqualBruteForceOverAllAllowedPaths() {
        java.util.Random random = new java.util.Random(7);
        int n = 3;
        float temperature = 1.7f;
        float[] emit = new float[n * L];
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < emit.length; i++) {
            emit[i] = (float) (random.nextGaussian() * 4);
        }
        for (int i = 0; i < trans.length; i++) {
            trans[i] = (float) (random.nextGaussian() * 2);
        }
        double[] exact = new double[n * L];
        double z = 0;
        for (int a = 0; a < L; a++) {
            for (int b = 0; b < L; b++) {
                for (int c = 0; c < L; c++) {
                    if (!Viterbi.allowed(-1, a) || !Viterbi.allowed(a, b) || !Viterbi.allowed(b, c)) {
                        continue;
                    }
                    double score = trans[a] + emit[a] + trans[(a + 1) * L + b] + emit[L + b]
                            + trans[(b + 1) * L + c] + emit[2 * L + c];
                    double w = Math.exp(score / temperature);
                    z += w;
                    exact[a] += w;
                    exact[L + b] += w;
                    exact[2 * L + c] += w;
                }
            }
        }
        float[] marg = new float[n * L];
        Viterbi.marginals(emit, n, trans, temperature, new float[n * L], new float[n * L], marg);
        for (int i = 0; i < n * L; i++) {
            assertThat((double) marg[i]).as("marginal " + i).isCloseTo(exact[i] / z, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void chunksFromLabels() {
        int[] labels = {NerLabels.begin(0), NerLabels.inside(0), NerLabels.O, NerLabels.begin(3), NerLabels.begin(3)};
        assertThat(NerTagger.chunks(labels)).containsExactly(
                new Chunk(0, 2, "PER"), new Chunk(3, 4, "MISC"), new Chunk(4, 5, "MISC"));
    }
}
