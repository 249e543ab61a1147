package org.kroniek.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kroniek.app.eval.timeline.SemevalTimelineEvaluator;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.nlp.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval timeline --semeval}: SemEval-2015 Task 4 track A timelines from raw text. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Build the SemEval-2015 Task 4 (TimeLine) track A timelines of each target entity from the",
            "raw articles and score them with the task's temporal-awareness precision/recall/F1 (percent), per",
            "corpus and over all, e.g. --semeval ../shared/data/semeval2015-task4-timeline."})
public final class EvalTimelineCommand extends EvalSubcommand {
    @Option(names = "--semeval", required = true, paramLabel = "DIR",
            description = "The task data: a directory holding SemEval_Task4_data/corpus_N, or one corpus_N.")
    Path semeval;

    @Option(names = "--coded-events-only", description = {"Only kroniek's coded events (PLOVER types), not every",
            "verb the English part-of-speech model finds."})
    boolean codedOnly;

    @Override
    EvalReport evaluate() throws Exception {
        if (!Files.isDirectory(semeval)) {
            throw new IllegalArgumentException("no directory " + semeval
                    + " (the reference data lives in ../shared beside the checkout)");
        }
        return SemevalTimelineEvaluator.evaluate(semeval, NlpPipelines.standard(), !codedOnly);
    }
}
