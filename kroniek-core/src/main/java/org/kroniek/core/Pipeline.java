package org.kroniek.core;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Stages run in order over a document. A pipeline is itself a stage, so pipelines compose. */
public final class Pipeline implements Stage {
    /** How long one document's analysis may take by default before it is reported and skipped. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    private final List<Stage> stages;

    public Pipeline(List<? extends Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return new Pipeline(List.of(stages));
    }

    public List<Stage> stages() {
        return stages;
    }

    @Override
    public String name() {
        return "pipeline" + stages.stream().map(Stage::name).toList();
    }

    @Override
    public void process(Document document) {
        for (Stage stage : stages) {
            stage.process(document);
        }
    }

    /**
     * Runs every stage, but stops with {@link AnalysisTimeoutException} (naming the document and the stage) when
     * the stages so far took longer than {@code budget}. Checked between stages (one clock read per stage, so
     * the hot path does not notice): a stage in progress is not interrupted.
     */
    public void process(Document document, Duration budget) {
        long start = System.nanoTime();
        long limit = budget.toNanos();
        for (Stage stage : stages) {
            stage.process(document);
            long spent = System.nanoTime() - start;
            if (spent > limit) {
                throw new AnalysisTimeoutException(String.format(Locale.ROOT,
                        "analysis of document %s took %.1f s, over its %s s budget (--time-budget), by stage '%s';"
                                + " skipped", document.getId(), spent / 1e9, seconds(budget), stage.name()));
            }
        }
    }

    private static String seconds(Duration budget) {
        double s = budget.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    /** Runs every stage and returns the same, now annotated, document. */
    public Document analyze(Document document) {
        process(document);
        return document;
    }
}
