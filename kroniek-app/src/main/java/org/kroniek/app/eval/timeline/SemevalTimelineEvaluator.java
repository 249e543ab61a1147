package org.kroniek.app.eval.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kroniek.core.Pipeline;

/**
 * SemEval-2015 Task 4 track A: builds each corpus's target-entity timelines from the raw articles with the
 * pipeline and scores them against the gold timelines, micro-averaged over the timelines of a corpus and over all.
 */
public final class SemevalTimelineEvaluator {
    private SemevalTimelineEvaluator() {
    }

    public static TimelineScores evaluate(Path dir, Pipeline pipeline, boolean verbs) throws IOException {
        Map<String, TemporalAwareness.Counts> corpora = new LinkedHashMap<>();
        TemporalAwareness.Counts all = TemporalAwareness.NONE;
        int timelines = 0;
        int articles = 0;
        for (Path corpusDir : SemevalCorpus.corpusDirs(dir)) {
            SemevalCorpus corpus = SemevalCorpus.read(corpusDir);
            TimelineBuilder builder = new TimelineBuilder(pipeline, verbs);
            corpus.articles().forEach(builder::add);
            articles += corpus.articles().size();
            TemporalAwareness.Counts counts = TemporalAwareness.NONE;
            for (String target : corpus.targets()) {
                Timeline gold = corpus.goldFor(target);
                if (gold == null) {
                    throw new IOException(corpusDir + ": no gold timeline for target entity '" + target + "'");
                }
                counts = counts.plus(TemporalAwareness.compare(gold, builder.timeline(target)));
                timelines++;
            }
            corpora.put(corpus.name(), counts);
            all = all.plus(counts);
        }
        return new TimelineScores(corpora, all, timelines, articles);
    }
}
