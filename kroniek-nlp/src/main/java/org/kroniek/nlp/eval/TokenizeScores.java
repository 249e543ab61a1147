package org.kroniek.nlp.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Token and sentence segmentation scores against a treebank: a token or sentence counts as correct when
 * its character span matches a gold one exactly.
 *
 * @param unalignedGoldTokens gold tokens whose form could not be found in the sentence text (not scored)
 */
public record TokenizeScores(String file, String layout,
                             long goldTokens, long systemTokens, long matchedTokens,
                             long goldSentences, long systemSentences, long matchedSentences,
                             long unalignedGoldTokens) implements EvalReport {

    public double tokenPrecision() {
        return ratio(matchedTokens, systemTokens);
    }

    public double tokenRecall() {
        return ratio(matchedTokens, goldTokens);
    }

    public double tokenF1() {
        return f1(tokenPrecision(), tokenRecall());
    }

    public double sentencePrecision() {
        return ratio(matchedSentences, systemSentences);
    }

    public double sentenceRecall() {
        return ratio(matchedSentences, goldSentences);
    }

    public double sentenceF1() {
        return f1(sentencePrecision(), sentenceRecall());
    }

    /** The scores as one flat JSON object, figures rounded to four decimals. */
    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("layout", layout);
        json.put("token_precision", round(tokenPrecision()));
        json.put("token_recall", round(tokenRecall()));
        json.put("token_f1", round(tokenF1()));
        json.put("sentence_precision", round(sentencePrecision()));
        json.put("sentence_recall", round(sentenceRecall()));
        json.put("sentence_f1", round(sentenceF1()));
        json.put("gold_tokens", goldTokens);
        json.put("system_tokens", systemTokens);
        json.put("matched_tokens", matchedTokens);
        json.put("gold_sentences", goldSentences);
        json.put("system_sentences", systemSentences);
        json.put("matched_sentences", matchedSentences);
        json.put("unaligned_gold_tokens", unalignedGoldTokens);
        return json;
    }

    /** A small table for people. */
    @Override
    public String toTable() {
        StringBuilder table = new StringBuilder();
        table.append("file: ").append(file).append("  (layout: ").append(layout).append(")\n");
        table.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %8s %8s %8s%n",
                "", "precision", "recall", "F1", "gold", "system", "matched"));
        table.append(row("tokens", tokenPrecision(), tokenRecall(), tokenF1(),
                goldTokens, systemTokens, matchedTokens));
        table.append(row("sentences", sentencePrecision(), sentenceRecall(), sentenceF1(),
                goldSentences, systemSentences, matchedSentences));
        if (unalignedGoldTokens > 0) {
            table.append("gold tokens not found in the sentence text (not scored): ")
                    .append(unalignedGoldTokens).append('\n');
        }
        return table.toString();
    }

    private static String row(String name, double p, double r, double f, long gold, long system, long matched) {
        return String.format(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f %8d %8d %8d%n", name, p, r, f, gold, system,
                matched);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
