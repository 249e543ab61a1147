package org.kroniek.core;

import java.time.Duration;
import java.util.Locale;

/**
 * How long one document's analysis may take. The pipeline checks it after each stage; stages that loop over
 * sentences check it once per sentence too, so that one pathological sentence-heavy document is stopped inside
 * the stage rather than after it. A check is one clock read.
 */
public final class TimeBudget {
    private final String documentId;
    private final Duration budget;
    private final long start;
    private final long limit;

    private TimeBudget(String documentId, Duration budget) {
        this.documentId = documentId;
        this.budget = budget;
        this.start = System.nanoTime();
        this.limit = budget.toNanos();
    }

    /** Starts the clock for a document's analysis. */
    public static TimeBudget start(Document document, Duration budget) {
        return new TimeBudget(document.getId(), budget);
    }

    /** After a stage: throws {@link AnalysisTimeoutException} naming the document and stage when over budget. */
    public void check(String stage) {
        long spent = System.nanoTime() - start;
        if (spent > limit) {
            throw new AnalysisTimeoutException(message(spent, stage, ""));
        }
    }

    /** Inside a stage, before sentence {@code sentence} (0-based) of {@code sentences}. */
    public void check(String stage, int sentence, int sentences) {
        long spent = System.nanoTime() - start;
        if (spent > limit) {
            throw new AnalysisTimeoutException(message(spent, stage,
                    String.format(Locale.ROOT, ", stopped at sentence %d of %d", sentence + 1, sentences)));
        }
    }

    private String message(long spent, String stage, String where) {
        return String.format(Locale.ROOT, "analysis of document %s took %.1f s, over its %s s budget (--time-budget), "
                + "by stage '%s'%s; skipped", documentId, spent / 1e9, seconds(budget), stage, where);
    }

    private static String seconds(Duration budget) {
        double s = budget.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
