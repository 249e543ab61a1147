package org.kroniek.nlp.ner;

import java.util.List;

/**
 * Picks the temperature that turns perceptron scores into entity confidences: the one whose confidences
 * best predict, on the dev set, whether a predicted entity is correct (lowest Brier score).
 */
final class ConfidenceCalibration {
    private ConfidenceCalibration() {
    }

    static float fit(NerModel model, List<List<ConllSentence>> devDocs) {
        float best = 1f;
        double bestBrier = Double.MAX_VALUE;
        for (float t = 0.125f; t <= 64f; t *= 1.41421356f) {
            double brier = brier(model, devDocs, t);
            if (brier < bestBrier) {
                bestBrier = brier;
                best = t;
            }
        }
        return best;
    }

    private static double brier(NerModel model, List<List<ConllSentence>> devDocs, float t) {
        Workspace ws = new Workspace();
        NerModel m = model.withTemperature(t);
        double sum = 0;
        int n = 0;
        for (List<ConllSentence> doc : devDocs) {
            List<NerPrediction> predictions = NerTagger.tagDocument(m, NerTrainer.words(doc), ws, true);
            for (int s = 0; s < doc.size(); s++) {
                NerPrediction p = predictions.get(s);
                List<Chunk> gold = IobChunker.chunks(doc.get(s).tags());
                for (int c = 0; c < p.chunks().size(); c++) {
                    double y = gold.contains(p.chunks().get(c)) ? 1 : 0;
                    double d = p.confidences()[c] - y;
                    sum += d * d;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
