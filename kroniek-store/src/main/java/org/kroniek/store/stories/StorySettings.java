package org.kroniek.store.stories;

/**
 * The clusterer's few parameters.
 *
 * @param threshold    similarity from which a document joins a story rather than starting one
 * @param windowDays   how long after its latest document a story still takes new ones
 * @param actorWeight  added to the similarity for the share of the document's actors the story already has
 * @param eventWeight  added for the share of its events the story already reports
 * @param mergeThreshold centroid cosine from which two stories are taken to be fragments of one
 * @param articleThreshold the (higher) similarity an article (title and lead) needs to join a story
 */
public record StorySettings(double threshold, double windowDays, double actorWeight, double eventWeight,
                            double mergeThreshold, double articleThreshold) {
    /** Documents with more distinct terms than this are articles rather than headlines. */
    public static final int HEADLINE_TERMS = 40;

    /** The threshold for a document: a headline's few words are strong evidence, an article shares common ones by chance. */
    public double thresholdFor(StoryItem item) {
        return item.terms().size() > HEADLINE_TERMS ? Math.max(threshold, articleThreshold) : threshold;
    }

    /**
     * Headline threshold and merge threshold tuned on the first half of the UCI sample (docs/RESULTS.md); the
     * article threshold from the bundled samples (a wrong join scored 0.108, right ones 0.124 and up); a window of
     * two weeks because stories in articles run for weeks (the seeds: 27 December to 6 January).
     */
    public static StorySettings defaults() {
        return new StorySettings(0.1, 14.0, 0.15, 0.15, 0.15, 0.12);
    }

    public StorySettings withThreshold(double value) {
        return new StorySettings(value, windowDays, actorWeight, eventWeight, mergeThreshold, articleThreshold);
    }

    public StorySettings withWindowDays(double value) {
        return new StorySettings(threshold, value, actorWeight, eventWeight, mergeThreshold, articleThreshold);
    }

    public StorySettings withMergeThreshold(double value) {
        return new StorySettings(threshold, windowDays, actorWeight, eventWeight, value, articleThreshold);
    }
}
