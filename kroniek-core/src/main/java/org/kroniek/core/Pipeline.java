package org.kroniek.core;

import java.time.Duration;
import java.util.List;

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
     * the stages so far took longer than {@code budget}. Checked after each stage and, in stages that loop over
     * sentences (time, events), before each sentence ({@link Document#checkTimeBudget}): one clock read each, so
     * the hot path does not notice.
     */
    public void process(Document document, Duration budget) {
        TimeBudget clock = TimeBudget.start(document, budget);
        document.useTimeBudget(clock);
        try {
            for (Stage stage : stages) {
                stage.process(document);
                clock.check(stage.name());
            }
        } finally {
            document.useTimeBudget(null);
        }
    }

    /** Runs every stage and returns the same, now annotated, document. */
    public Document analyze(Document document) {
        process(document);
        return document;
    }
}
