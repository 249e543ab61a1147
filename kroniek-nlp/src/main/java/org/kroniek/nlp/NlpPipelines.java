package org.kroniek.nlp;

import org.kroniek.core.Pipeline;
import org.kroniek.nlp.ner.NerStage;
import org.kroniek.nlp.pos.PosTagStage;
import org.kroniek.nlp.time.TimexStage;
import org.kroniek.nlp.tokenize.TokenizeStage;

/** The analysis pipelines kroniek offers, assembled in one place so every front end runs the same stages. */
public final class NlpPipelines {
    private NlpPipelines() {
    }

    /**
     * Every stage available, in dependency order: tokens and sentences, POS tags and lemmas, named entities, time
     * expressions.
     */
    public static Pipeline standard() {
        return Pipeline.of(new TokenizeStage(), new PosTagStage(), new NerStage(), new TimexStage());
    }
}
