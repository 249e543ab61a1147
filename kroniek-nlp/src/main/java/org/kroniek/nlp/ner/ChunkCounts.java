package org.kroniek.nlp.ner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * conlleval's counts: gold chunks, guessed chunks and correct chunks (same span and type), overall and
 * per type. Not thread-safe.
 */
public final class ChunkCounts {
    private final Map<String, int[]> byType = new LinkedHashMap<>();
    private final int[] total = new int[3];
    private int tokens;
    private int correctTokens;

    public ChunkCounts() {
        for (String t : NerLabels.TYPES) {
            byType.put(t, new int[3]);
        }
    }

    /** Adds one sentence: gold and guessed chunks over the same tokens; tag arrays for token accuracy. */
    public void add(List<Chunk> gold, List<Chunk> guessed, String[] goldTags, String[] guessedTags) {
        for (Chunk g : gold) {
            count(g.type(), 0);
        }
        for (Chunk g : guessed) {
            count(g.type(), 1);
        }
        for (Chunk g : guessed) {
            if (gold.contains(g)) {
                count(g.type(), 2);
            }
        }
        tokens += goldTags.length;
        for (int i = 0; i < goldTags.length; i++) {
            if (goldTags[i].equals(guessedTags[i])) {
                correctTokens++;
            }
        }
    }

    private void count(String type, int slot) {
        byType.computeIfAbsent(type, t -> new int[3])[slot]++;
        total[slot]++;
    }

    public int gold() {
        return total[0];
    }

    public int guessed() {
        return total[1];
    }

    public int correct() {
        return total[2];
    }

    public int tokens() {
        return tokens;
    }

    public int correctTokens() {
        return correctTokens;
    }

    /** Per type: {gold, guessed, correct}. */
    public Map<String, int[]> byType() {
        return byType;
    }

    public double f1() {
        return f1(total[0], total[1], total[2]);
    }

    public static double precision(int guessed, int correct) {
        return guessed == 0 ? 0 : (double) correct / guessed;
    }

    public static double recall(int gold, int correct) {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public static double f1(int gold, int guessed, int correct) {
        double p = precision(guessed, correct);
        double r = recall(gold, correct);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
