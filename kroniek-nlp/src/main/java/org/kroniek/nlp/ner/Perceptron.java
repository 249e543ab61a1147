package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Averaged structured perceptron over precomputed sentence features (Collins 2002): decode with the current
 * weights, and where the best path differs from gold, add the gold features and subtract the predicted
 * ones. Keeps the averaged weights of the iteration that scores best on dev.
 */
final class Perceptron {
    private static final int L = NerLabels.COUNT;

    /** One training sentence: feature keys per token (keys[start[i]..start[i+1]]) and gold labels. */
    record Instance(long[] keys, int[] start, int[] gold) {
        static Instance of(FeatureBuffer f, int[] gold) {
            int n = f.tokens;
            return new Instance(Arrays.copyOf(f.keys, f.to(n - 1)), Arrays.copyOf(f.start, n + 1), gold);
        }
    }

    /** Scores a candidate (averaged weights + transitions) on dev; higher is better. */
    interface DevScore {
        double f1(EmissionScorer weights, float[] transitions);
    }

    record Trained(FeatureWeights weights, float[] transitions, int bestIteration, double bestF1,
                   List<Double> devF1) {
    }

    private Perceptron() {
    }

    /**
     * Trains up to maxIterations; with a dev scorer, stops after patience iterations without improvement
     * and returns the best iteration's weights; without one, returns the last iteration's.
     */
    static Trained train(List<Instance> instances, DevScore dev, int maxIterations, int patience, long seed,
                         float pruneBelow, Consumer<String> log) {
        TrainableWeights weights = new TrainableWeights(L, 1 << 20);
        float[] trans = new float[(L + 1) * L];
        float[] transSum = new float[(L + 1) * L];
        Workspace ws = new Workspace();
        Random random = new Random(seed);
        int[] order = new int[instances.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long step = 1;
        List<Double> devF1 = new ArrayList<>();
        Trained best = null;
        for (int it = 1; it <= maxIterations; it++) {
            shuffle(order, random);
            int mistakes = 0;
            EmissionScorer current = weights.current();
            for (int idx : order) {
                if (learn(instances.get(idx), current, weights, trans, transSum, step, ws)) {
                    mistakes++;
                }
                step++;
            }
            float[] avgTrans = average(trans, transSum, step);
            if (dev == null) {
                if (it == maxIterations) {
                    best = new Trained(weights.freeze(step, pruneBelow), avgTrans, it, Double.NaN, devF1);
                }
                continue;
            }
            double f1 = dev.f1(weights.averaged(step), avgTrans);
            devF1.add(f1);
            log.accept(String.format(java.util.Locale.ROOT, "iteration %d: %d sentences wrong, %d features, "
                    + "dev F1 %.4f", it, mistakes, weights.size(), f1));
            if (best == null || f1 > best.bestF1()) {
                best = new Trained(weights.freeze(step, pruneBelow), avgTrans, it, f1, devF1);
            } else if (it - best.bestIteration() >= patience) {
                break;
            }
        }
        return best;
    }

    private static boolean learn(Instance inst, EmissionScorer current, TrainableWeights weights, float[] trans,
                                 float[] transSum, long step, Workspace ws) {
        int n = inst.gold.length;
        ws.ensure(n);
        Arrays.fill(ws.emit, 0, n * L, 0f);
        for (int i = 0; i < n; i++) {
            for (int k = inst.start[i]; k < inst.start[i + 1]; k++) {
                current.addScores(inst.keys[k], ws.emit, i * L);
            }
        }
        int[] pred = new int[n];
        Viterbi.decode(ws.emit, n, trans, pred, ws.delta, ws.back);
        boolean wrong = false;
        for (int i = 0; i < n; i++) {
            int g = inst.gold[i];
            int p = pred[i];
            if (g != p) {
                wrong = true;
                for (int k = inst.start[i]; k < inst.start[i + 1]; k++) {
                    weights.update(inst.keys[k], g, 1f, step);
                    weights.update(inst.keys[k], p, -1f, step);
                }
            }
            int gPrev = i == 0 ? -1 : inst.gold[i - 1];
            int pPrev = i == 0 ? -1 : pred[i - 1];
            if (g != p || gPrev != pPrev) {
                int gt = (gPrev + 1) * L + g;
                int pt = (pPrev + 1) * L + p;
                trans[gt] += 1;
                transSum[gt] += step;
                trans[pt] -= 1;
                transSum[pt] -= step;
            }
        }
        return wrong;
    }

    private static float[] average(float[] w, float[] sum, long step) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = w[i] - sum[i] / step;
        }
        return avg;
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
