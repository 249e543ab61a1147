package org.kroniek.nlp;

import org.kroniek.core.Pipeline;
import org.kroniek.nlp.tokenize.TokenizeStage;

/** The analysis pipelines kroniek offers, assembled in one place so every front end runs the same stages. */
public final class NlpPipelines {
    private NlpPipelines() {
    }

    /** Every stage available, in dependency order: for now tokens and sentences. */
    public static Pipeline standard() {
        return Pipeline.of(new TokenizeStage());
    }
}
