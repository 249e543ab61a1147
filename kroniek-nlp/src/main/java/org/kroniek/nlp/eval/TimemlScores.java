package org.kroniek.nlp.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TempEval-3 style timex scores: strict (exact span) and relaxed (overlapping span) precision, recall and F1;
 * type and value F1 count a relaxed match only when the attribute is also right.
 */
public record TimemlScores(int documents, int gold, int predicted, int strictMatches, int relaxedMatches,
                           int typeMatches, int valueMatches) implements EvalReport {

    public double strictPrecision() {
        return ratio(strictMatches, predicted);
    }

    public double strictRecall() {
        return ratio(strictMatches, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedMatches, predicted);
    }

    public double relaxedRecall() {
        return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeF1() {
        return f1(ratio(typeMatches, predicted), ratio(typeMatches, gold));
    }

    public double valueF1() {
        return f1(ratio(valueMatches, predicted), ratio(valueMatches, gold));
    }

    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        m.put("gold", gold);
        m.put("predicted", predicted);
        m.put("strict_precision", TimexScores.round(strictPrecision()));
        m.put("strict_recall", TimexScores.round(strictRecall()));
        m.put("strict_f1", TimexScores.round(strictF1()));
        m.put("relaxed_precision", TimexScores.round(relaxedPrecision()));
        m.put("relaxed_recall", TimexScores.round(relaxedRecall()));
        m.put("relaxed_f1", TimexScores.round(relaxedF1()));
        m.put("type_f1", TimexScores.round(typeF1()));
        m.put("value_f1", TimexScores.round(valueF1()));
        return m;
    }

    @Override
    public String toTable() {
        return String.format(Locale.ROOT,
                "documents %d, gold timexes %d, predicted %d%n"
                        + "%-10s %6s %6s %6s%n%-10s %6.3f %6.3f %6.3f%n%-10s %6.3f %6.3f %6.3f%n"
                        + "%-10s %20.3f%n%-10s %20.3f%n",
                documents, gold, predicted, "", "P", "R", "F1",
                "strict", strictPrecision(), strictRecall(), strictF1(),
                "relaxed", relaxedPrecision(), relaxedRecall(), relaxedF1(),
                "type F1", typeF1(), "value F1", valueF1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
