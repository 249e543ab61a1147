package org.kroniek.nlp.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * POS and lemma scores of one CoNLL-U file. "Unknown" words are word forms absent from the model's training
 * data. {@code perUpos} maps each gold UPOS to {correct, total}.
 */
public record PosScores(String file, int tokens, int uposCorrect, int lemmaCorrect, int unknownTokens,
                        int unknownUposCorrect, int unknownLemmaCorrect, Map<String, int[]> perUpos) implements EvalReport {

    public double uposAccuracy() {
        return ratio(uposCorrect, tokens);
    }

    public double lemmaAccuracy() {
        return ratio(lemmaCorrect, tokens);
    }

    public double unknownUposAccuracy() {
        return ratio(unknownUposCorrect, unknownTokens);
    }

    public double unknownLemmaAccuracy() {
        return ratio(unknownLemmaCorrect, unknownTokens);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("tokens", tokens);
        m.put("unknown_tokens", unknownTokens);
        m.put("upos_accuracy", round(uposAccuracy()));
        m.put("lemma_accuracy", round(lemmaAccuracy()));
        m.put("unknown_upos_accuracy", round(unknownUposAccuracy()));
        m.put("unknown_lemma_accuracy", round(unknownLemmaAccuracy()));
        Map<String, Object> per = new LinkedHashMap<>();
        perUpos.forEach((tag, counts) -> per.put(tag, round(ratio(counts[0], counts[1]))));
        m.put("per_upos_accuracy", per);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    @Override
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("POS/lemma evaluation of ").append(file).append('\n');
        sb.append(String.format(Locale.ROOT, "%-22s %8s %8s%n", "", "accuracy", "tokens"));
        sb.append(String.format(Locale.ROOT, "%-22s %8.2f %8d%n", "UPOS", 100 * uposAccuracy(), tokens));
        sb.append(String.format(Locale.ROOT, "%-22s %8.2f %8d%n", "lemma", 100 * lemmaAccuracy(), tokens));
        sb.append(String.format(Locale.ROOT, "%-22s %8.2f %8d%n", "UPOS, unknown words", 100 * unknownUposAccuracy(),
                unknownTokens));
        sb.append(String.format(Locale.ROOT, "%-22s %8.2f %8d%n", "lemma, unknown words",
                100 * unknownLemmaAccuracy(), unknownTokens));
        sb.append("\nper gold UPOS\n");
        perUpos.forEach((tag, c) -> sb.append(String.format(Locale.ROOT, "%-22s %8.2f %8d%n", tag,
                100 * ratio(c[0], c[1]), c[1])));
        return sb.toString();
    }
}
