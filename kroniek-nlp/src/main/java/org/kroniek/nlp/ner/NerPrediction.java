package org.kroniek.nlp.ner;

import java.util.List;

/**
 * The labels the tagger chose for one sentence, the entity chunks they form (token ranges) and a
 * confidence per chunk in [0, 1] (NaN when confidences were not asked for).
 */
public record NerPrediction(int[] labels, List<Chunk> chunks, double[] confidences) {
    public String[] labelNames() {
        String[] names = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            names[i] = NerLabels.name(labels[i]);
        }
        return names;
    }
}
