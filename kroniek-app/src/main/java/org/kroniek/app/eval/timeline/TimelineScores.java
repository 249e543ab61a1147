package org.kroniek.app.eval.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kroniek.nlp.eval.EvalReport;

/** Temporal-awareness precision, recall and F1 (in percent, as the task reports them) per corpus and over all. */
public record TimelineScores(Map<String, TemporalAwareness.Counts> corpora, TemporalAwareness.Counts all,
                             int timelines, int articles) implements EvalReport {

    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scale", "percent");
        put(json, all);
        json.put("timelines", timelines);
        json.put("articles", articles);
        Map<String, Object> per = new LinkedHashMap<>();
        corpora.forEach((name, counts) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            put(c, counts);
            per.put(name, c);
        });
        json.put("corpora", per);
        return json;
    }

    private static void put(Map<String, Object> json, TemporalAwareness.Counts c) {
        json.put("precision", percent(c.precision()));
        json.put("recall", percent(c.recall()));
        json.put("f1", percent(c.f1()));
        json.put("system_relations", c.systemReduced());
        json.put("reference_relations", c.referenceReduced());
    }

    private static double percent(double v) {
        return Math.round(v * 10000) / 100.0;
    }

    @Override
    public String toTable() {
        StringBuilder out = new StringBuilder(String.format("%-12s %8s %8s %8s %10s %10s%n", "corpus", "P %", "R %",
                "F1 %", "sys rels", "gold rels"));
        corpora.forEach((name, c) -> row(out, name, c));
        row(out, "all", all);
        out.append(String.format("%d timelines, %d articles; SemEval-2015 Task 4 track A, temporal awareness%n",
                timelines, articles));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, TemporalAwareness.Counts c) {
        out.append(String.format("%-12s %8.2f %8.2f %8.2f %10d %10d%n", name, 100 * c.precision(),
                100 * c.recall(), 100 * c.f1(), c.systemReduced(), c.referenceReduced()));
    }
}
