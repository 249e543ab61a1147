package org.kroniek.nlp.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * conlleval-style NER scores: chunk precision/recall/F1 overall and per type (exact span and type match),
 * with the counts they come from.
 */
public record NerScores(String file, Score overall, Map<String, Score> byType, int tokens, int correctTokens) implements EvalReport {

    /** Precision, recall and F1 of one type (or overall) from gold, guessed and correct chunk counts. */
    public record Score(int gold, int guessed, int correct) {
        public double precision() {
            return guessed == 0 ? 0 : (double) correct / guessed;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Map<String, Object> toJsonMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(precision()));
            m.put("recall", round(recall()));
            m.put("f1", round(f1()));
            m.put("gold", gold);
            m.put("guessed", guessed);
            m.put("correct", correct);
            return m;
        }
    }

    public double tokenAccuracy() {
        return tokens == 0 ? 0 : (double) correctTokens / tokens;
    }

    /** {@code {file, tokens, accuracy, overall: {precision, recall, f1, ...}, PER: {...}, LOC: ..., ...}} */
    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("tokens", tokens);
        m.put("accuracy", round(tokenAccuracy()));
        m.put("overall", overall.toJsonMap());
        byType.forEach((type, s) -> m.put(type, s.toJsonMap()));
        return m;
    }

    /** A conlleval-like table, percentages with two decimals. */
    @Override
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "NER %s: %d tokens, %d gold entities, %d found, %d correct; "
                + "token accuracy %.2f%%%n", file, tokens, overall.gold(), overall.guessed(), overall.correct(),
                100 * tokenAccuracy()));
        b.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1",
                "gold", "found"));
        row(b, "overall", overall);
        byType.forEach((type, s) -> row(b, type, s));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Score s) {
        b.append(String.format(Locale.ROOT, "%-8s %8.2f%% %8.2f%% %9.2f %7d %7d%n", name, 100 * s.precision(),
                100 * s.recall(), 100 * s.f1(), s.gold(), s.guessed()));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
