package org.kroniek.app.eval;

import java.nio.file.Path;
import org.kroniek.app.eval.stories.StoriesEvaluator;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.store.stories.StorySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval stories}: story clustering against the UCI News Aggregator's STORY column. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Cluster headlines in time order with the story clusterer kroniek ingest uses and report",
            "B-cubed precision/recall/F1 and cluster counts against the STORY column of the UCI News Aggregator CSV,",
            "e.g. ../shared/data/uci-news-aggregator-sample/uci-news-aggregator.first6366.csv."})
public final class EvalStoriesCommand extends EvalSubcommand {
    @Option(names = "--uci", required = true, paramLabel = "FILE", description = "The UCI News Aggregator CSV.")
    Path uci;

    @Option(names = "--threshold", paramLabel = "S", description = "Similarity to join a story (default: the ingest one).")
    Double threshold;

    @Option(names = "--window-days", paramLabel = "D", description = "Days a story stays open after its latest document.")
    Double windowDays;

    @Option(names = "--merge-threshold", paramLabel = "S", description = "Centroid cosine from which two stories merge.")
    Double merge;

    @Override
    EvalReport evaluate() throws Exception {
        StorySettings settings = StorySettings.defaults();
        if (threshold != null) {
            settings = settings.withThreshold(threshold);
        }
        if (windowDays != null) {
            settings = settings.withWindowDays(windowDays);
        }
        if (merge != null) {
            settings = settings.withMergeThreshold(merge);
        }
        return StoriesEvaluator.evaluate(readable(uci), settings);
    }
}
