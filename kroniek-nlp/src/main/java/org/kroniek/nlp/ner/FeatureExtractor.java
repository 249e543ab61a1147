package org.kroniek.nlp.ner;

/**
 * Turns a sentence into hashed feature keys per token: word forms and their context (±2), shapes,
 * affixes, hyphen parts, capitalisation relative to the sentence start, capitals headings, name-list
 * matches and document-level capitalisation. No strings are built: every value is hashed
 * straight from the characters. Immutable and shared; the per-sentence scratch lives in {@link Scratch}.
 */
final class FeatureExtractor {
    /** Feature groups that can be switched off (for ablation); stored in the model. */
    static final int GAZETTEER = 1;
    static final int DOCUMENT = 2;
    static final int ALL = GAZETTEER | DOCUMENT;

    private static final int PAD = 2;
    private static final long BOS = 0x5EED_0001L;
    private static final long EOS = 0x5EED_0002L;

    // Template ids; changing them invalidates trained models.
    private static final int T_BIAS = 1;
    private static final int T_WORD = 2;
    private static final int T_LOWER = 3;
    private static final int T_LOWER_CTX = 4;
    private static final int T_SHAPE = 5;
    private static final int T_SHAPE_CTX = 6;
    private static final int T_SHAPE_BIGRAM = 7;
    private static final int T_PREV_WORD_SHAPE = 8;
    private static final int T_SHAPE_NEXT_WORD = 9;
    private static final int T_PREFIX = 11;
    private static final int T_SUFFIX = 12;
    private static final int T_CASE = 13;
    private static final int T_CASE_TRIGRAM = 14;
    private static final int T_HYPHEN_FIRST = 15;
    private static final int T_HYPHEN_LAST = 16;
    private static final int T_LENGTH = 17;
    private static final int T_CAPS_SENTENCE = 18;
    private static final int T_GAZ = 19;
    private static final int T_GAZ_CTX = 20;
    private static final int T_DOC = 21;
    private static final int T_DOC_CTX = 22;
    private static final int T_SHORT_SENTENCE = 25;
    private static final int T_FIRST_LABEL = 27;
    private static final int T_FIRST_LABEL_CTX = 28;
    private static final int T_DOC_LABEL = 29;
    private static final int T_DOC_LABEL_CTX = 30;

    private final Gazetteer gazetteer;
    private final int groups;

    FeatureExtractor(Gazetteer gazetteer, int groups) {
        this.gazetteer = gazetteer;
        this.groups = groups;
    }

    int groups() {
        return groups;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Per-thread working arrays for one sentence at a time. */
    static final class Scratch {
        long[] word = new long[64];
        long[] lower = new long[64];
        long[] shape = new long[64];
        int[] wordCase = new int[64];
        int[] gaz = new int[64];
        int[] doc = new int[64];
        long[] lowerPlain = new long[64];
        int[] gazMatch = new int[64];
        final FeatureBuffer features = new FeatureBuffer();

        void ensure(int n) {
            int need = n + 2 * PAD;
            if (word.length < need) {
                int cap = Math.max(need, word.length * 2);
                word = new long[cap];
                lower = new long[cap];
                shape = new long[cap];
                wordCase = new int[cap];
                gaz = new int[cap];
                doc = new int[cap];
                lowerPlain = new long[cap];
                gazMatch = new int[cap];
            }
        }
    }

    /** Fills scratch.features with the keys of every token of the sentence (first pass). */
    FeatureBuffer extract(String[] words, DocumentContext doc, Scratch s) {
        return extract(words, doc, s, null, null);
    }

    /**
     * Second pass when firstLabels and docLabels are given: adds what the first pass tagged this token and
     * its neighbours, and how the same word was tagged elsewhere in the article.
     */
    FeatureBuffer extract(String[] words, DocumentContext doc, Scratch s, int[] firstLabels, DocumentLabels docLabels) {
        int n = words.length;
        s.ensure(n);
        boolean caps = WordCase.isCapsSentence(words);
        int first = WordCase.firstWord(words);
        for (int p = 0; p < n + 2 * PAD; p++) {
            int i = p - PAD;
            if (i < 0 || i >= n) {
                long pad = i < 0 ? BOS : EOS;
                s.word[p] = pad;
                s.lower[p] = pad;
                s.shape[p] = pad;
                s.wordCase[p] = i < 0 ? 6 : 7;
                s.gaz[p] = 0;
                s.doc[p] = 0;
                continue;
            }
            String w = words[i];
            s.word[p] = Hashing.word(w, false);
            s.lower[p] = Hashing.word(w, true);
            s.lowerPlain[i] = s.lower[p];
            s.shape[p] = shapeHash(w);
            s.wordCase[p] = WordCase.of(w, i == first);
            s.doc[p] = (groups & DOCUMENT) != 0 ? doc.flags(s.lower[p]) : 0;
        }
        if ((groups & GAZETTEER) != 0) {
            gazetteer.match(s.lowerPlain, n, s.gazMatch);
            System.arraycopy(s.gazMatch, 0, s.gaz, PAD, n);
        }
        FeatureBuffer f = s.features;
        f.reset(n);
        for (int i = 0; i < n; i++) {
            f.beginToken(i);
            addTokenFeatures(words[i], i + PAD, caps, n, s, f);
            if (firstLabels != null) {
                addStackedFeatures(i, n, s, firstLabels, docLabels, f);
            }
        }
        f.endSentence();
        return f;
    }

    private void addTokenFeatures(String w, int p, boolean caps, int n, Scratch s, FeatureBuffer f) {
        int wc = s.wordCase[p];
        f.add(Hashing.key(T_BIAS, 0));
        f.add(Hashing.key(T_WORD, s.word[p]));
        f.add(Hashing.key(T_LOWER, s.lower[p]));
        for (int d = -2; d <= 2; d++) {
            if (d != 0) {
                f.add(Hashing.key(T_LOWER_CTX, d, s.lower[p + d]));
                f.add(Hashing.key(T_SHAPE_CTX, d, s.shape[p + d]));
            }
        }
        f.add(Hashing.key(T_SHAPE, s.shape[p]));
        f.add(Hashing.key(T_SHAPE_BIGRAM, -1, s.shape[p - 1], s.shape[p]));
        f.add(Hashing.key(T_SHAPE_BIGRAM, 1, s.shape[p], s.shape[p + 1]));
        f.add(Hashing.key(T_PREV_WORD_SHAPE, s.lower[p - 1], s.shape[p]));
        f.add(Hashing.key(T_SHAPE_NEXT_WORD, s.shape[p], s.lower[p + 1]));
        int len = w.length();
        for (int k = 1; k <= 4 && k < len; k++) {
            f.add(Hashing.key(T_PREFIX, k, Hashing.chars(w, 0, k, true)));
        }
        for (int k = 1; k <= 5 && k < len; k++) {
            f.add(Hashing.key(T_SUFFIX, k, Hashing.chars(w, len - k, len, true)));
        }
        f.add(Hashing.key(T_CASE, wc));
        f.add(Hashing.key(T_CASE_TRIGRAM, s.wordCase[p - 1], wc, s.wordCase[p + 1]));
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen < len - 1) {
            int last = w.lastIndexOf('-');
            f.add(Hashing.key(T_HYPHEN_FIRST, Hashing.chars(w, 0, hyphen, true)));
            f.add(Hashing.key(T_HYPHEN_LAST, Hashing.chars(w, last + 1, len, true),
                    Character.isUpperCase(w.charAt(last + 1)) ? 1 : 0));
        }
        f.add(Hashing.key(T_LENGTH, Math.min(len, 12), wc));
        if (caps) {
            f.add(Hashing.key(T_CAPS_SENTENCE, s.shape[p]));
            f.add(Hashing.key(T_CAPS_SENTENCE, s.lower[p]));
        }
        if (n <= 4) {
            f.add(Hashing.key(T_SHORT_SENTENCE, wc, n));
        }
        if ((groups & GAZETTEER) != 0) {
            addBits(f, T_GAZ, s.gaz[p], wc);
            addBits(f, T_GAZ_CTX, s.gaz[p - 1], 100 + s.wordCase[p - 1]);
            addBits(f, T_GAZ_CTX, s.gaz[p + 1], 200 + s.wordCase[p + 1]);
        }
        if ((groups & DOCUMENT) != 0) {
            f.add(Hashing.key(T_DOC, s.doc[p], wc));
            f.add(Hashing.key(T_DOC_CTX, s.doc[p - 1] * 8 + s.doc[p + 1], wc));
        }
    }

    private static void addStackedFeatures(int i, int n, Scratch s, int[] first, DocumentLabels docLabels,
                                           FeatureBuffer f) {
        int p = i + PAD;
        int wc = s.wordCase[p];
        int prev = i > 0 ? first[i - 1] : -1;
        int next = i + 1 < n ? first[i + 1] : -1;
        f.add(Hashing.key(T_FIRST_LABEL, first[i]));
        f.add(Hashing.key(T_FIRST_LABEL_CTX, prev, first[i], next));
        int own = first[i] == NerLabels.O ? 0 : 1 + NerLabels.typeOf(first[i]);
        f.add(Hashing.key(T_DOC_LABEL, docSummary(docLabels.packed(s.lower[p]), own), wc));
        if (i + 1 < n) {
            int ownNext = next == NerLabels.O ? 0 : 1 + NerLabels.typeOf(next);
            f.add(Hashing.key(T_DOC_LABEL_CTX, 1, docSummary(docLabels.packed(s.lower[p + 1]), ownNext)));
        }
        if (i > 0) {
            int ownPrev = prev == NerLabels.O ? 0 : 1 + NerLabels.typeOf(prev);
            f.add(Hashing.key(T_DOC_LABEL_CTX, -1, docSummary(docLabels.packed(s.lower[p - 1]), ownPrev)));
        }
    }

    /**
     * How the word was tagged elsewhere in the article (this occurrence left out): the most frequent entity
     * type there (or none), how often (1, 2, 3+), and whether O was more frequent.
     */
    private static int docSummary(int packed, int ownField) {
        int best = -1;
        int bestCount = 0;
        for (int field = 1; field < DocumentLabels.fields(); field++) {
            int c = DocumentLabels.count(packed, field) - (field == ownField ? 1 : 0);
            if (c > bestCount) {
                bestCount = c;
                best = field;
            }
        }
        int o = DocumentLabels.count(packed, 0) - (ownField == 0 ? 1 : 0);
        if (best < 0) {
            return o > 0 ? 1 : 0;
        }
        return 2 + best * 8 + Math.min(bestCount, 3) * 2 + (o > bestCount ? 1 : 0);
    }

    private static void addBits(FeatureBuffer f, int template, int bits, int context) {
        while (bits != 0) {
            int bit = Integer.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            f.add(Hashing.key(template, bit, context));
        }
    }

    /** Hash of the collapsed word shape: X for upper, x lower, d digit, other chars as is; runs collapsed. */
    static long shapeHash(String w) {
        long h = 0xcbf29ce484222325L;
        char prev = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = shapeChar(w.charAt(i));
            if (c != prev) {
                h = (h ^ c) * 0x100000001b3L;
                prev = c;
            }
        }
        return Hashing.mix(h);
    }

    /** The collapsed shape as text (for tests and debugging). */
    static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = shapeChar(w.charAt(i));
            if (c != prev) {
                b.append(c);
                prev = c;
            }
        }
        return b.toString();
    }

    private static char shapeChar(char c) {
        if (Character.isUpperCase(c)) {
            return 'X';
        }
        if (Character.isLetter(c)) {
            return 'x';
        }
        if (Character.isDigit(c)) {
            return 'd';
        }
        return c;
    }
}
