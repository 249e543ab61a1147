package org.kroniek.core;

import java.util.List;

/** Stages run in order over a document. A pipeline is itself a stage, so pipelines compose. */
public final class Pipeline implements Stage {
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

    /** Runs every stage and returns the same, now annotated, document. */
    public Document analyze(Document document) {
        process(document);
        return document;
    }
}
