package org.kroniek.nlp.time;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * Finds the rule file's prefixes ("eind", "ruim", "early") in the text before one timex. Where a prefix may
 * begin is read for all prefixes at once ({@link RuleSet#prefixStarts}), at each position not after a letter,
 * on the first question; a prefix that may begin nowhere is then answered without a look at the text. Not
 * thread-safe: one per timex.
 */
final class PrefixFinder {
    private final String before;
    private final RuleSet rules;
    /** Positions not after a letter, and per position the prefixes that may begin there (bits). */
    private int[] positions;
    private long[][] mayBegin;
    /** The prefixes that may begin somewhere (bits). */
    private long[] anywhere;

    PrefixFinder(String before, RuleSet rules) {
        this.before = before;
        this.rules = rules;
    }

    /**
     * Where {@code find} would find prefix i in the text, or -1. A pattern that cannot match empty is tried
     * ({@code lookingAt}, left to right) only where its match can begin, which finds the same; prefix patterns
     * start with "not after a letter or digit", so a position after a letter is skipped too.
     */
    int find(int i) {
        Prefix p = rules.prefixes().get(i);
        if (p.first().nullable()) {
            Matcher m = p.pattern().matcher(before);
            return m.find() ? m.start() : -1;
        }
        if (positions == null) {
            readPositions();
        }
        if (!has(anywhere, i)) {
            return -1;
        }
        Matcher m = p.pattern().matcher(before);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int k = 0; k < positions.length; k++) {
            if (has(mayBegin[k], i) && m.region(positions[k], before.length()).lookingAt()) {
                return positions[k];
            }
        }
        return -1;
    }

    private void readPositions() {
        RuleStarts starts = rules.prefixStarts();
        long[][] scratch = starts.scratch();
        int[] at = new int[before.length()];
        long[][] bits = new long[before.length()][];
        anywhere = new long[(starts.size() + 63) >>> 6];
        int count = 0;
        for (int i = 0; i < before.length(); i++) {
            if (i > 0 && Character.isLetter(before.charAt(i - 1))) {
                continue;
            }
            long[] b = starts.at(before, i, scratch);
            long seen = 0;
            for (int w = 0; w < b.length; w++) {
                anywhere[w] |= b[w];
                seen |= b[w];
            }
            if (seen != 0) {
                at[count] = i;
                bits[count++] = b.clone();
            }
        }
        positions = Arrays.copyOf(at, count);
        mayBegin = Arrays.copyOf(bits, count);
    }

    private static boolean has(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }
}
