package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Light tense detection without a tagger: the past and future cue patterns of the rule file are found in the
 * sentence and the cue nearest to the timex decides (a sentence can report the past and announce the future).
 * A cue counts only within the timex's clause; the nearest cue wins, on a tie the earlier one, on the same
 * start the earlier pattern (past cues before future cues).
 * <p>
 * Cues are looked for lazily. A pattern whose matches cannot contain the character before any word start of the
 * clause (the word patterns: letters only) matches at each word on its own, so it is tried outward from the
 * timex, word by word, until no nearer cue is possible; the matches are remembered for the sentence's other
 * timexes. Other patterns are scanned over the clause.
 */
final class TenseCues {
    private final String sentence;
    private final RuleSet rules;
    private final List<CuePattern> patterns;
    private final int pastCount;
    private int[] breaks;
    private int[] wordStarts;
    /** Per pattern and word start: 0 not tried yet, -1 no match, else the match end + 1. */
    private int[][] ends;
    /** Per word start the patterns that may match there (bits), null until asked. */
    private long[][] mayBegin;
    private long[][] scratch;
    private Matcher[] matchers;

    private int bestDistance;
    private int bestStart;
    private int bestPattern;

    TenseCues(String sentence, RuleSet rules) {
        this.sentence = sentence;
        this.rules = rules;
        List<CuePattern> all = new ArrayList<>(rules.pastCues());
        all.addAll(rules.futureCues());
        this.patterns = all;
        this.pastCount = rules.pastCues().size();
    }

    /** Tense of the cue nearest to [start, end) within its clause, ignoring cues inside the timex itself. */
    Tense tenseAt(int start, int end) {
        if (breaks == null) {
            breaks = breaks(sentence, rules.clauseBreak());
            wordStarts = TimexAnnotator.possibleStarts(sentence);
            ends = new int[patterns.size()][wordStarts.length];
            mayBegin = new long[wordStarts.length][];
            scratch = rules.cueStarts().scratch();
            matchers = new Matcher[patterns.size()];
        }
        // The clause runs from the last break before the timex to the first break at or after its end.
        int before = lowerBound(breaks, start) - 1;
        int after = lowerBound(breaks, end);
        int clauseStart = before >= 0 ? breaks[before] : 0;
        int clauseEnd = after < breaks.length ? breaks[after] : sentence.length();
        int kFrom = lowerBound(wordStarts, clauseStart);
        int kTo = lowerBound(wordStarts, clauseEnd);
        bestDistance = Integer.MAX_VALUE;
        bestStart = Integer.MAX_VALUE;
        bestPattern = Integer.MAX_VALUE;
        for (int p = 0; p < patterns.size(); p++) {
            if (wordByWord(p, kFrom, kTo)) {
                outward(p, start, end, kFrom, kTo);
            } else {
                scan(p, start, end, clauseStart, kTo);
            }
        }
        if (bestPattern == Integer.MAX_VALUE) {
            return Tense.NONE;
        }
        return bestPattern < pastCount ? Tense.PAST : Tense.FUTURE;
    }

    /** Whether no match of the pattern can contain the character before a word start of the clause. */
    private boolean wordByWord(int p, int kFrom, int kTo) {
        FirstChars first = patterns.get(p).first();
        for (int k = kFrom; k < kTo; k++) {
            int ws = wordStarts[k];
            if (ws > 0 && first.mayContain(sentence.charAt(ws - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Tries a word-by-word pattern at the words nearest to the timex first, while a nearer cue is possible. */
    private void outward(int p, int start, int end, int kFrom, int kTo) {
        FirstChars first = patterns.get(p).first();
        // Before the timex: a cue ends within the run of characters its matches may contain.
        for (int k = lowerBound(wordStarts, start) - 1; k >= kFrom; k--) {
            int ws = wordStarts[k];
            int runEnd = ws;
            while (runEnd < sentence.length() && first.mayContain(sentence.charAt(runEnd))) {
                runEnd++;
            }
            if (start - runEnd > bestDistance) {
                break;
            }
            int e = endAt(p, k);
            if (e >= 0) {
                consider(ws, e, start, end, p);
            }
        }
        // After the timex: the distance is the cue's start's.
        for (int k = lowerBound(wordStarts, end); k < kTo; k++) {
            int ws = wordStarts[k];
            if (ws - end > bestDistance) {
                break;
            }
            int e = endAt(p, k);
            if (e >= 0) {
                consider(ws, e, start, end, p);
            }
        }
    }

    /** The end of the pattern's match at word start k alone, or -1. */
    private int endAt(int p, int k) {
        int known = ends[p][k];
        if (known != 0) {
            return known - 1;
        }
        int ws = wordStarts[k];
        int e = -1;
        if (mayBeginAt(p, k)) {
            Matcher m = matcher(p);
            m.region(ws, sentence.length());
            if (m.lookingAt() && m.end() > m.start()) {
                e = m.end();
            }
        }
        ends[p][k] = e + 1;
        return e;
    }

    /** Whether a match of pattern p may begin at word start k; all patterns are looked at once per word. */
    private boolean mayBeginAt(int p, int k) {
        long[] bits = mayBegin[k];
        if (bits == null) {
            bits = rules.cueStarts().at(sentence, wordStarts[k], scratch).clone();
            mayBegin[k] = bits;
        }
        return (bits[p >>> 6] & (1L << p)) != 0;
    }

    private Matcher matcher(int p) {
        if (matchers[p] == null) {
            matchers[p] = patterns.get(p).pattern().matcher(sentence);
            matchers[p].useTransparentBounds(true).useAnchoringBounds(false);
        }
        return matchers[p];
    }

    /**
     * Scans the clause as a scan of the whole sentence would: tried at each word start where its match can begin,
     * matches do not overlap. The scan starts after the last character before the clause that no match can
     * contain, so no match of a scan from the sentence start runs across its start.
     */
    private void scan(int p, int start, int end, int clauseStart, int kTo) {
        FirstChars first = patterns.get(p).first();
        int sync = clauseStart;
        while (sync > 0 && first.mayContain(sentence.charAt(sync - 1))) {
            sync--;
        }
        Matcher m = null;
        int lastEnd = 0;
        for (int k = lowerBound(wordStarts, sync); k < kTo; k++) {
            int ws = wordStarts[k];
            if (ws < lastEnd || !mayBeginAt(p, k)) {
                continue;
            }
            if (m == null) {
                m = matcher(p);
            }
            m.region(ws, sentence.length());
            if (m.lookingAt() && m.end() > m.start()) {
                if (ws >= clauseStart) {
                    consider(ws, m.end(), start, end, p);
                }
                lastEnd = m.end();
            }
        }
    }

    /** Keeps the cue if it is nearer than the best so far, or as near and earlier in (start, pattern) order. */
    private void consider(int cueStart, int cueEnd, int start, int end, int p) {
        if (cueStart < end && cueEnd > start) {
            return;
        }
        int d = cueEnd <= start ? start - cueEnd : cueStart - end;
        if (d < bestDistance || (d == bestDistance && (cueStart < bestStart
                || (cueStart == bestStart && p < bestPattern)))) {
            bestDistance = d;
            bestStart = cueStart;
            bestPattern = p;
        }
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

    /**
     * Where {@code find} finds the clause breaks. A pattern that cannot match empty is tried ({@code lookingAt},
     * left to right, from the end of the last match) only where its match can begin, which finds the same.
     */
    static int[] breaks(String sentence, CuePattern clause) {
        int[] b = new int[8];
        int count = 0;
        Matcher m = clause.pattern().matcher(sentence);
        if (clause.first().nullable()) {
            while (m.find()) {
                b = count == b.length ? Arrays.copyOf(b, count * 2) : b;
                b[count++] = m.start();
            }
            return Arrays.copyOf(b, count);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        FirstChars first = clause.first();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            if (first.mayBeginAt(sentence, i) && m.region(i, n).lookingAt()) {
                b = count == b.length ? Arrays.copyOf(b, count * 2) : b;
                b[count++] = i;
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return Arrays.copyOf(b, count);
    }
}
