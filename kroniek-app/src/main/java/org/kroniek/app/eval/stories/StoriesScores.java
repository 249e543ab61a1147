package org.kroniek.app.eval.stories;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.store.stories.BCubed;
import org.kroniek.store.stories.StorySettings;

/**
 * B-cubed scores of story clustering on the whole file and on its two halves (by time), of the whole file in a
 * shuffled order (each story's rows no longer arrive together, so only the words can group them), and of the
 * timestamps-only baseline that shows how much the sample's crawl times alone give away.
 */
public record StoriesScores(BCubed all, BCubed firstHalf, BCubed secondHalf, BCubed shuffled, BCubed timestampsOnly,
                            int skippedRows, StorySettings settings)
        implements EvalReport {

    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("headlines", all.items());
        json.put("skipped_rows", skippedRows);
        json.put("b3_precision", round(all.precision()));
        json.put("b3_recall", round(all.recall()));
        json.put("b3_f1", round(all.f1()));
        json.put("gold_clusters", all.goldClusters());
        json.put("system_clusters", all.systemClusters());
        json.put("first_half", half(firstHalf));
        json.put("second_half", half(secondHalf));
        json.put("shuffled_order", half(shuffled));
        json.put("timestamps_only_baseline", half(timestampsOnly));
        json.put("threshold", settings.threshold());
        json.put("merge_threshold", settings.mergeThreshold());
        json.put("window_days", settings.windowDays());
        return json;
    }

    private static Map<String, Object> half(BCubed b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("headlines", b.items());
        json.put("b3_precision", round(b.precision()));
        json.put("b3_recall", round(b.recall()));
        json.put("b3_f1", round(b.f1()));
        json.put("gold_clusters", b.goldClusters());
        json.put("system_clusters", b.systemClusters());
        return json;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    @Override
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-26s %9s %8s %8s %8s %6s %7s%n", "part", "headlines", "B3 P", "B3 R",
                "B3 F1", "gold", "system"));
        row(out, "all (time order)", all);
        row(out, "first half (tuned on)", firstHalf);
        row(out, "second half", secondHalf);
        row(out, "all, shuffled order", shuffled);
        row(out, "timestamps only (no text)", timestampsOnly);
        out.append(String.format(Locale.ROOT, "threshold %.2f, merge %.2f, window %.1f days; %d cut-short rows skipped",
                settings.threshold(), settings.mergeThreshold(), settings.windowDays(), skippedRows));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, BCubed b) {
        out.append(String.format(Locale.ROOT, "%-26s %9d %8.4f %8.4f %8.4f %6d %7d%n", name, b.items(), b.precision(),
                b.recall(), b.f1(), b.goldClusters(), b.systemClusters()));
    }
}
