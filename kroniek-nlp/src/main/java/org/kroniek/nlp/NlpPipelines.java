package org.kroniek.nlp;

import java.nio.file.Path;
import java.util.List;
import org.kroniek.core.Pipeline;
import org.kroniek.nlp.actors.ActorKnowledgeBase;
import org.kroniek.nlp.actors.ActorLinkStage;
import org.kroniek.nlp.events.EventStage;
import org.kroniek.nlp.ner.NerStage;
import org.kroniek.nlp.pos.PosTagStage;
import org.kroniek.nlp.time.TimexStage;
import org.kroniek.nlp.tokenize.TokenizeStage;

/** The analysis pipelines kroniek offers, assembled in one place so every front end runs the same stages. */
public final class NlpPipelines {
    private NlpPipelines() {
    }

    /**
     * Every stage available, in dependency order: tokens and sentences, POS tags and lemmas, named entities,
     * actor links (with the mentions that refer to actors), time expressions, and last the events (which
     * read all of those layers).
     */
    public static Pipeline standard() {
        return standard(ActorKnowledgeBase.shipped());
    }

    /** The standard pipeline with the user's actor files added to the shipped knowledge base. */
    public static Pipeline standard(List<Path> actorFiles) {
        if (actorFiles.isEmpty()) {
            return standard();
        }
        return standard(ActorKnowledgeBase.load(java.util.stream.Stream.concat(
                ActorKnowledgeBase.configuredFiles().stream(), actorFiles.stream()).toList()));
    }

    private static Pipeline standard(ActorKnowledgeBase actors) {
        return Pipeline.of(new TokenizeStage(), new PosTagStage(), new NerStage(), new ActorLinkStage(actors),
                new TimexStage(), new EventStage());
    }
}
