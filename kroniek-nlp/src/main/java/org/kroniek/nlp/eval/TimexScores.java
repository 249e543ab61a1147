package org.kroniek.nlp.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of the Dutch timex TSV: detection = a predicted timex with exactly the gold span; value = that timex
 * also has an accepted value; type and mod are counted over detected items. Spurious = predicted timexes
 * that match no gold span in their sentence (the sentences are not exhaustively annotated, so read as a hint).
 */
public record TimexScores(int gold, int detected, int valueCorrect, int typeCorrect, int modCorrect,
                          int spurious, List<Miss> misses) implements EvalReport {

    /** One gold item not fully right: what was expected and what the annotator said. */
    public record Miss(String dct, String sentence, String expression, String expectedType,
                       List<String> expectedValues, String expectedMod, String found) {
    }

    public double detectionAccuracy() {
        return ratio(detected, gold);
    }

    public double valueAccuracy() {
        return ratio(valueCorrect, gold);
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, gold);
    }

    public double modAccuracy() {
        return ratio(modCorrect, gold);
    }

    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", gold);
        m.put("detected", detected);
        m.put("value_correct", valueCorrect);
        m.put("type_correct", typeCorrect);
        m.put("mod_correct", modCorrect);
        m.put("spurious", spurious);
        m.put("detection_accuracy", round(detectionAccuracy()));
        m.put("value_accuracy", round(valueAccuracy()));
        m.put("type_accuracy", round(typeAccuracy()));
        m.put("mod_accuracy", round(modAccuracy()));
        return m;
    }

    @Override
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-20s %6s%n", "measure", "value"));
        sb.append(String.format(Locale.ROOT, "%-20s %6d%n", "gold timexes", gold));
        sb.append(String.format(Locale.ROOT, "%-20s %6.3f  (%d)%n", "detection accuracy", detectionAccuracy(),
                detected));
        sb.append(String.format(Locale.ROOT, "%-20s %6.3f  (%d)%n", "value accuracy", valueAccuracy(),
                valueCorrect));
        sb.append(String.format(Locale.ROOT, "%-20s %6.3f  (%d)%n", "type accuracy", typeAccuracy(), typeCorrect));
        sb.append(String.format(Locale.ROOT, "%-20s %6.3f  (%d)%n", "mod accuracy", modAccuracy(), modCorrect));
        sb.append(String.format(Locale.ROOT, "%-20s %6d%n", "spurious", spurious));
        if (!misses.isEmpty()) {
            sb.append(System.lineSeparator()).append("misses:").append(System.lineSeparator());
            for (Miss m : misses) {
                sb.append(String.format(Locale.ROOT, "  [%s] %s%n    expected %s %s %s%s%n    found    %s%n",
                        m.dct(), m.sentence(), m.expression(), m.expectedType(), String.join("|", m.expectedValues()),
                        m.expectedMod() == null ? "" : " " + m.expectedMod(), m.found()));
            }
        }
        return sb.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
