package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light tense detection without a tagger: the past and future cue patterns of the rule file are found in the
 * sentence and the cue nearest to the timex decides (a sentence can report the past and announce the future).
 */
final class TenseCues {
    private record Cue(int start, int end, Tense tense) {
    }

    private final String sentence;
    private final RuleSet rules;
    private List<Cue> cues;
    private int[] breaks;
    private int[] cueStarts;
    private int[] wordStarts;

    TenseCues(String sentence, RuleSet rules) {
        this.sentence = sentence;
        this.rules = rules;
    }

    /** Tense of the cue nearest to [start, end) within its clause, ignoring cues inside the timex itself. */
    Tense tenseAt(int start, int end) {
        if (cues == null) {
            find();
        }
        // The clause runs from the last break before the timex to the first break at or after its end.
        int before = lowerBound(breaks, start) - 1;
        int after = lowerBound(breaks, end);
        int clauseStart = before >= 0 ? breaks[before] : 0;
        int clauseEnd = after < breaks.length ? breaks[after] : sentence.length();
        int i = lowerBound(cueStarts, clauseStart);
        Tense best = Tense.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (; i < cues.size() && cues.get(i).start < clauseEnd; i++) {
            Cue c = cues.get(i);
            if (c.start < end && c.end > start) {
                continue;
            }
            int d = c.end <= start ? start - c.end : c.start - end;
            if (d < bestDistance) {
                bestDistance = d;
                best = c.tense;
            }
        }
        return best;
    }

    /** Index of the first element >= key in a sorted array. */
    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Tense defaultTense() {
        return rules.defaultTense();
    }

    private void find() {
        List<Integer> b = new ArrayList<>();
        Matcher m = rules.clauseBreak().matcher(sentence);
        while (m.find()) {
            b.add(m.start());
        }
        breaks = b.stream().mapToInt(Integer::intValue).toArray();
        List<Cue> found = new ArrayList<>();
        add(found, rules.pastCues(), Tense.PAST);
        add(found, rules.futureCues(), Tense.FUTURE);
        found.sort(Comparator.comparingInt(Cue::start));
        cues = found;
        cueStarts = found.stream().mapToInt(Cue::start).toArray();
    }

    /**
     * Cues are words, so each pattern is tried only where a word begins ({@code lookingAt}); trying it at every
     * character ({@code find}) made the past-tense suffix pattern backtrack through every word, and cost more than
     * all the timex rules together.
     */
    private void add(List<Cue> found, List<Pattern> patterns, Tense tense) {
        if (wordStarts == null) {
            wordStarts = TimexAnnotator.possibleStarts(sentence);
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(sentence);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int lastEnd = 0;
            for (int start : wordStarts) {
                if (start < lastEnd) {
                    continue;
                }
                m.region(start, sentence.length());
                if (m.lookingAt() && m.end() > m.start()) {
                    found.add(new Cue(m.start(), m.end(), tense));
                    lastEnd = m.end();
                }
            }
        }
    }
}
