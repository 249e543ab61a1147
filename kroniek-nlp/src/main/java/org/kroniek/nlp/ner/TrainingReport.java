package org.kroniek.nlp.ner;

import java.nio.file.Path;
import java.util.List;

/**
 * What a training run did: dev F1 after each iteration, the iteration kept (early stopping), model size
 * and time taken.
 */
public record TrainingReport(Path train, Path dev, Path model, List<Double> devF1ByIteration, int bestIteration,
                             double bestDevF1, int features, long modelBytes, float temperature, long millis) {
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "NER trained on %s: best dev F1 %.4f at iteration %d of %d; %d features, %.1f MB, "
                        + "temperature %.2f, %.1f s -> %s",
                train, bestDevF1, bestIteration, devF1ByIteration.size(), features, modelBytes / 1e6, temperature,
                millis / 1000.0, model);
    }
}
