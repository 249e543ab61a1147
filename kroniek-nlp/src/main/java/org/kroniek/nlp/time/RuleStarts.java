package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of a list of patterns (the rules by order; the tense cues; the prefixes) may begin a match at a position,
 * as bits by index. The patterns are read into a few shared automata ({@link MatchAutomaton#union}), so the text
 * after a position is read once for all of them instead of once per pattern; a pattern that cannot be read that
 * way is checked on its own ({@link FirstChars#mayBeginAt}). The answer may be too wide, never too narrow.
 * Immutable and thread-safe.
 */
final class RuleStarts {
    /** Most states of one shared automaton; a group of rules that would pass it is split in two. */
    static final int MAX_STATES = 20_000;

    private final List<FirstChars> firsts;
    private final List<Group> groups;
    /** Patterns without an automaton (bits by index). */
    private final long[] alone;
    private final boolean hasAlone;

    /** One shared automaton for the patterns {@code from} to {@code from + size - 1}. */
    private record Group(int from, int size, MatchAutomaton automaton) {
    }

    private RuleStarts(List<FirstChars> firsts, List<Group> groups, long[] alone) {
        this.firsts = firsts;
        this.groups = groups;
        this.alone = alone;
        this.hasAlone = Arrays.stream(alone).anyMatch(w -> w != 0);
    }

    /** Rules are numbered by order from 0, as the rule file parser does. */
    static RuleStarts of(List<Rule> rules) {
        return of(rules.stream().map(Rule::pattern).toList(), rules.stream().map(Rule::first).toList());
    }

    /** For patterns and their first characters, numbered by their index in the lists. */
    static RuleStarts of(List<Pattern> patterns, List<FirstChars> firsts) {
        long[] alone = new long[words(patterns.size())];
        List<Group> groups = new ArrayList<>();
        int runFrom = 0;
        for (int r = 0; r <= patterns.size(); r++) {
            if (r == patterns.size() || !MatchAutomaton.readable(patterns.get(r))) {
                group(patterns, runFrom, r, groups);
                if (r < patterns.size()) {
                    alone[r >>> 6] |= 1L << r;
                }
                runFrom = r + 1;
            }
        }
        return new RuleStarts(List.copyOf(firsts), List.copyOf(groups), alone);
    }

    /** Groups patterns [from, to) into as few automata as stay within MAX_STATES. */
    private static void group(List<Pattern> patterns, int from, int to, List<Group> groups) {
        if (from >= to) {
            return;
        }
        MatchAutomaton a = MatchAutomaton.union(patterns.subList(from, to), MAX_STATES);
        if (a != null) {
            groups.add(new Group(from, to - from, a));
        } else if (to - from == 1) {
            throw new IllegalStateException("no automaton for readable pattern " + patterns.get(from));
        } else {
            int mid = (from + to) >>> 1;
            group(patterns, from, mid, groups);
            group(patterns, mid, to, groups);
        }
    }

    private static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    /** Number of shared automata (for tests). */
    int automata() {
        return groups.size();
    }

    @Override
    public String toString() {
        return groups.stream().map(g -> g.size() + " rules: " + g.automaton().states() + " states, "
                + g.automaton().columns() + " columns").toList().toString();
    }

    /** A scratch for {@link #at}; one per thread and sentence loop. */
    long[][] scratch() {
        long[][] s = new long[groups.size() + 1][];
        for (int g = 0; g < groups.size(); g++) {
            s[g] = new long[words(groups.get(g).size())];
        }
        s[groups.size()] = new long[words(firsts.size())];
        return s;
    }

    /** Number of patterns. */
    int size() {
        return firsts.size();
    }

    /**
     * The patterns whose non-empty match may begin at {@code at} in s, as bits by index (the last array of the
     * scratch, overwritten by the next call).
     */
    long[] at(String s, int at, long[][] scratch) {
        long[] out = scratch[groups.size()];
        Arrays.fill(out, 0L);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (group.from() == 0) {
                group.automaton().collect(s, at, out); // its pattern numbers are the indexes
                continue;
            }
            long[] local = scratch[g];
            Arrays.fill(local, 0L);
            group.automaton().collect(s, at, local);
            for (int k = 0; k < local.length; k++) {
                for (long bits = local[k]; bits != 0; bits &= bits - 1) {
                    int r = group.from() + (k << 6) + Long.numberOfTrailingZeros(bits);
                    out[r >>> 6] |= 1L << r;
                }
            }
        }
        if (hasAlone) {
            for (int k = 0; k < out.length; k++) {
                for (long bits = alone[k]; bits != 0; bits &= bits - 1) {
                    int r = (k << 6) + Long.numberOfTrailingZeros(bits);
                    if (firsts.get(r).mayBeginAt(s, at)) {
                        out[k] |= 1L << r;
                    }
                }
            }
        }
        return out;
    }
}
