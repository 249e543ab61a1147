package org.kroniek.nlp.pos;

import java.util.Arrays;
import java.util.Locale;

/**
 * The features of one sentence that do not depend on the tags being decided: word identity, affixes, shape,
 * the lexicon's possible tags of the word and its neighbours. Computed once per sentence; the decoder adds the
 * few tag-history features per step ({@link #historyFeatures}). A per-call scratch object, never shared.
 */
final class SentenceFeatures {
    // Templates: each feature id is FeatureHash.feature(template, value).
    private static final int BIAS = 0, FORM = 1, LOWER = 2, SUFFIX = 3, PREFIX = 4, SHAPE = 5, UPOS_MASK = 6,
            CLASS_MASK = 7, UPOS_BIT = 8, CLASS_BIT = 9, PREV_LOWER = 10, NEXT_LOWER = 11, PREV2_LOWER = 12,
            NEXT2_LOWER = 13, PREV_UPOS_MASK = 14, NEXT_UPOS_MASK = 15, NEXT2_UPOS_MASK = 16, NEXT_SUFFIX3 = 17,
            POSITION_CASE = 18, MASK_PAIR = 19, PREV_SUFFIX3 = 20, PREV_CLASS_MASK = 21, NEXT_CLASS_MASK = 22,
            LENGTH = 23, VERBAL_AHEAD = 24, WORD_VERBAL_AHEAD = 25;
    private static final int PREV_TAG = 30, PREV_TAGS = 31, PREV_TAG_LOWER = 32, PREV_TAG_MASK = 33,
            PREV_TAG_NEXT_LOWER = 34, PREV_TAG_SUFFIX3 = 35;
    static final int HISTORY_FEATURES = 6;

    private static final long START = FeatureHash.chars("<s>");
    private static final long END = FeatureHash.chars("</s>");
    private static final int BOUNDARY_MASK = -1;

    final int length;
    final long[] lowerHash;
    final long[] suffix3;
    final int[] uposMask;
    final int[] classMask;
    /** Static features of token i are {@code features[start[i] .. start[i+1])}. */
    final long[] features;
    final int[] start;

    /**
     * @param forms     the words of one sentence
     * @param entries   the lexicon entry of each word
     * @param hideWord  null, or per word whether to leave out its identity features (training-time dropout that
     *                  teaches the model to tag from affixes and lexicon, as it must for unseen words)
     */
    SentenceFeatures(String[] forms, LexiconEntry[] entries, boolean[] hideWord) {
        length = forms.length;
        lowerHash = new long[length];
        suffix3 = new long[length];
        uposMask = new int[length];
        classMask = new int[length];
        String[] lower = new String[length];
        for (int i = 0; i < length; i++) {
            lower[i] = forms[i].toLowerCase(Locale.ROOT);
            lowerHash[i] = FeatureHash.chars(lower[i]);
            suffix3[i] = suffix(lower[i], 3);
            uposMask[i] = entries[i].uposMask();
            classMask[i] = entries[i].classMask();
        }
        int[] verbalAhead = verbalAhead(forms, classMask);
        long[] f = new long[length * 48];
        start = new int[length + 1];
        int n = 0;
        for (int i = 0; i < length; i++) {
            start[i] = n;
            if (f.length - n < 96) {
                f = Arrays.copyOf(f, f.length * 2);
            }
            n = wordFeatures(forms[i], lower[i], entries[i], hideWord != null && hideWord[i], f, n);
            n = i > 0 ? asPrevious(lowerHash[i - 1], uposMask[i - 1], classMask[i - 1], suffix3[i - 1], f, n)
                    : asPrevious(START, BOUNDARY_MASK, BOUNDARY_MASK, START, f, n);
            n = asPrevious2(i > 1 ? lowerHash[i - 2] : START, f, n);
            n = i + 1 < length ? asNext(lowerHash[i + 1], uposMask[i + 1], classMask[i + 1], suffix3[i + 1], f, n)
                    : asNext(END, BOUNDARY_MASK, BOUNDARY_MASK, END, f, n);
            n = i + 2 < length ? asNext2(lowerHash[i + 2], uposMask[i + 2], f, n)
                    : asNext2(END, BOUNDARY_MASK, f, n);
            n = contextFeatures(i, forms[i], lowerHash[i], uposMask[i],
                    i + 1 < length ? uposMask[i + 1] : BOUNDARY_MASK, verbalAhead[i], f, n);
        }
        start[length] = n;
        features = f;
    }

    /*
     * The feature templates, grouped by what they depend on. Training lists them per token; tagging adds up the
     * word-only groups once per word form (WordInfo) and looks up only the context group per token. Both go
     * through these emitters, so they always see the same features. Each writes from out[n] and returns the new n.
     */

    /** Upper bound on what {@link #wordFeatures} writes: 14 fixed plus one per UPOS and class bit. */
    static final int MAX_WORD_FEATURES = 14 + Upos.COUNT + 32;
    static final int MAX_NEIGHBOUR_FEATURES = 4;
    static final int MAX_CONTEXT_FEATURES = 4;

    /** Features of the word itself: identity, affixes, shape, lexicon readings. */
    static int wordFeatures(String form, String lower, LexiconEntry entry, boolean hide, long[] f, int n) {
        int upos = entry.uposMask();
        int classes = entry.classMask();
        f[n++] = FeatureHash.feature(BIAS, 0);
        if (!hide) {
            f[n++] = FeatureHash.feature(FORM, FeatureHash.chars(form));
            f[n++] = FeatureHash.feature(LOWER, FeatureHash.chars(lower));
        }
        for (int k = 1; k <= 4 && k < lower.length(); k++) {
            f[n++] = FeatureHash.feature(SUFFIX, suffix(lower, k));
        }
        for (int k = 1; k <= 3 && k < lower.length(); k++) {
            f[n++] = FeatureHash.feature(PREFIX, FeatureHash.pair(k, FeatureHash.chars(lower, 0, k)));
        }
        f[n++] = FeatureHash.feature(SHAPE, shape(form));
        f[n++] = FeatureHash.feature(LENGTH, Math.min(lower.length(), 12));
        f[n++] = FeatureHash.feature(UPOS_MASK, upos);
        f[n++] = FeatureHash.feature(CLASS_MASK, classes);
        for (int u = 0; u < Upos.COUNT; u++) {
            if ((upos & (1 << u)) != 0) {
                f[n++] = FeatureHash.feature(UPOS_BIT, u);
            }
        }
        for (int c = 0; c < 32; c++) {
            if ((classes & (1 << c)) != 0) {
                f[n++] = FeatureHash.feature(CLASS_BIT, c);
            }
        }
        return n;
    }

    /** Features a word gives the word after it. */
    static int asPrevious(long lowerHash, int uposMask, int classMask, long suffix3, long[] f, int n) {
        f[n++] = FeatureHash.feature(PREV_LOWER, lowerHash);
        f[n++] = FeatureHash.feature(PREV_UPOS_MASK, uposMask);
        f[n++] = FeatureHash.feature(PREV_CLASS_MASK, classMask);
        f[n++] = FeatureHash.feature(PREV_SUFFIX3, suffix3);
        return n;
    }

    /** Features a word gives the word two places after it. */
    static int asPrevious2(long lowerHash, long[] f, int n) {
        f[n++] = FeatureHash.feature(PREV2_LOWER, lowerHash);
        return n;
    }

    /** Features a word gives the word before it. */
    static int asNext(long lowerHash, int uposMask, int classMask, long suffix3, long[] f, int n) {
        f[n++] = FeatureHash.feature(NEXT_LOWER, lowerHash);
        f[n++] = FeatureHash.feature(NEXT_UPOS_MASK, uposMask);
        f[n++] = FeatureHash.feature(NEXT_CLASS_MASK, classMask);
        f[n++] = FeatureHash.feature(NEXT_SUFFIX3, suffix3);
        return n;
    }

    /** Features a word gives the word two places before it. */
    static int asNext2(long lowerHash, int uposMask, long[] f, int n) {
        f[n++] = FeatureHash.feature(NEXT2_LOWER, lowerHash);
        f[n++] = FeatureHash.feature(NEXT2_UPOS_MASK, uposMask);
        return n;
    }

    /** Features of word {@code i} that combine it with its position or its neighbours. */
    static int contextFeatures(int i, String form, long lowerHash, int uposMask, int nextUposMask, int verbalAhead,
                               long[] f, int n) {
        f[n++] = FeatureHash.feature(MASK_PAIR, FeatureHash.pair(uposMask, nextUposMask));
        f[n++] = FeatureHash.feature(VERBAL_AHEAD, verbalAhead);
        f[n++] = FeatureHash.feature(WORD_VERBAL_AHEAD, FeatureHash.pair(lowerHash, verbalAhead));
        f[n++] = FeatureHash.feature(POSITION_CASE, (i == 0 ? 2 : 0) + (isCapitalised(form) ? 1 : 0));
        return n;
    }

    static boolean isCapitalised(String form) {
        return !form.isEmpty() && Character.isUpperCase(form.charAt(0));
    }

    /** Features for a neighbour position outside the sentence. */
    static int previousBoundary(long[] f, int n) {
        return asPrevious(START, BOUNDARY_MASK, BOUNDARY_MASK, START, f, n);
    }

    static int previous2Boundary(long[] f, int n) {
        return asPrevious2(START, f, n);
    }

    static int nextBoundary(long[] f, int n) {
        return asNext(END, BOUNDARY_MASK, BOUNDARY_MASK, END, f, n);
    }

    static int next2Boundary(long[] f, int n) {
        return asNext2(END, BOUNDARY_MASK, f, n);
    }

    static final long END_HASH = END;
    static final int NO_MASK = BOUNDARY_MASK;

    /**
     * Writes the features of token {@code i} that depend on the two tags before it into {@code out};
     * {@code prev1}/{@code prev2} are tag indexes, or -1 before the sentence start. Returns the count written.
     */
    int historyFeatures(int i, int prev1, int prev2, long[] out) {
        return historyFeatures(prev1, prev2, lowerHash[i], uposMask[i], suffix3[i],
                i + 1 < length ? lowerHash[i + 1] : END, out);
    }

    static int historyFeatures(int prev1, int prev2, long lowerHash, int uposMask, long suffix3, long nextLowerHash,
                               long[] out) {
        long p1 = prev1 + 1;
        long p2 = prev2 + 1;
        out[0] = FeatureHash.feature(PREV_TAG, p1);
        out[1] = FeatureHash.feature(PREV_TAGS, p2 * 64 + p1);
        out[2] = FeatureHash.feature(PREV_TAG_LOWER, FeatureHash.pair(p1, lowerHash));
        out[3] = FeatureHash.feature(PREV_TAG_MASK, FeatureHash.pair(p1, uposMask));
        out[4] = FeatureHash.feature(PREV_TAG_NEXT_LOWER, FeatureHash.pair(p1, nextLowerHash));
        out[5] = FeatureHash.feature(PREV_TAG_SUFFIX3, FeatureHash.pair(p1, suffix3));
        return HISTORY_FEATURES;
    }

    /**
     * Per word, which verb forms follow it in the same clause (up to 10 words, stopping at punctuation): 1 if a
     * participle, 2 if an infinitive, 3 if both. This is what separates auxiliary {@code heeft} (... gezegd)
     * from main-verb {@code heeft} (... een huis), a frequent UD Dutch VERB/AUX confusion.
     */
    static int[] verbalAhead(String[] forms, int[] classMask) {
        int participle = LexiconClass.VERB_PARTICIPLE.bit();
        int infinitive = LexiconClass.VERB_INFINITIVE.bit();
        int[] out = new int[forms.length];
        for (int i = 0; i < forms.length; i++) {
            int v = 0;
            for (int j = i + 1; j < forms.length && j <= i + 10; j++) {
                if (isClauseBreak(forms[j])) {
                    break;
                }
                if ((classMask[j] & participle) != 0) {
                    v |= 1;
                }
                if ((classMask[j] & infinitive) != 0) {
                    v |= 2;
                }
            }
            out[i] = v;
        }
        return out;
    }

    static boolean isClauseBreak(String w) {
        if (w.length() != 1) {
            return false;
        }
        char c = w.charAt(0);
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '?' || c == '!';
    }

    static long suffix(String w, int k) {
        int from = Math.max(0, w.length() - k);
        return FeatureHash.pair(k, FeatureHash.chars(w, from, w.length()));
    }

    /** Word shape with runs collapsed: {@code Amsterdam} -> Xx, {@code G8} -> Xd, {@code 12.5} -> d.d. */
    static long shape(String w) {
        long h = 0xcbf29ce484222325L;
        char last = 0;
        int emitted = 0;
        for (int i = 0; i < w.length() && emitted < 8; i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            if (s != last) {
                h = (h ^ s) * 0x100000001b3L;
                last = s;
                emitted++;
            }
        }
        return h;
    }
}
