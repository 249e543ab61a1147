package org.kroniek.nlp.time;

import java.util.List;

/**
 * Which rules may begin a match with a given character, as bits by rule order, so the annotator looks at each
 * word start once and tries there only the rules that fit, instead of walking every rule over every word start.
 * Immutable and thread-safe.
 */
final class RuleStarts {
    private final long[][] byChar;
    private final long[] all;

    private RuleStarts(long[][] byChar, long[] all) {
        this.byChar = byChar;
        this.all = all;
    }

    static RuleStarts of(List<Rule> rules) {
        int words = (rules.size() + 63) >>> 6;
        long[][] byChar = new long[FirstChars.TABLE][words];
        long[] all = new long[words];
        for (Rule r : rules) {
            all[r.order() >>> 6] |= 1L << r.order();
            for (char c = 0; c < FirstChars.TABLE; c++) {
                if (r.first().admits(c)) {
                    byChar[c][r.order() >>> 6] |= 1L << r.order();
                }
            }
        }
        return new RuleStarts(byChar, all);
    }

    /** The rules whose match may begin with c (bits by rule order; do not modify). */
    long[] at(char c) {
        return c < FirstChars.TABLE ? byChar[c] : all;
    }
}
