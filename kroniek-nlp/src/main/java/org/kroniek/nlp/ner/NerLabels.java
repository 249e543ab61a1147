package org.kroniek.nlp.ner;

/**
 * The BIO label set over the four CoNLL-2002 types, with the transitions Viterbi may take: I-X only after
 * B-X or I-X, never at sentence start.
 */
public final class NerLabels {
    public static final String[] TYPES = {"PER", "LOC", "ORG", "MISC"};
    public static final int O = 0;
    /** Number of labels: O, B-type x4, I-type x4. */
    public static final int COUNT = 1 + 2 * TYPES.length;

    private static final String[] NAMES = new String[COUNT];

    static {
        NAMES[O] = "O";
        for (int t = 0; t < TYPES.length; t++) {
            NAMES[begin(t)] = "B-" + TYPES[t];
            NAMES[inside(t)] = "I-" + TYPES[t];
        }
    }

    private NerLabels() {
    }

    public static int begin(int type) {
        return 1 + type;
    }

    public static int inside(int type) {
        return 1 + TYPES.length + type;
    }

    public static boolean isBegin(int label) {
        return label >= 1 && label <= TYPES.length;
    }

    public static boolean isInside(int label) {
        return label > TYPES.length;
    }

    /** Type index of a B or I label, -1 for O. */
    public static int typeOf(int label) {
        if (label == O) {
            return -1;
        }
        return isBegin(label) ? label - 1 : label - 1 - TYPES.length;
    }

    public static String name(int label) {
        return NAMES[label];
    }

    /** Parses B-X / I-X / O; IOB1 I- tags are read as written (the trainer converts to IOB2 first). */
    public static int parse(String tag) {
        for (int l = 0; l < COUNT; l++) {
            if (NAMES[l].equals(tag)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown NER tag: " + tag);
    }

    /** Whether label {@code cur} may follow {@code prev}; prev = -1 means sentence start. */
    public static boolean allowed(int prev, int cur) {
        if (!isInside(cur)) {
            return true;
        }
        return prev >= 0 && prev != O && typeOf(prev) == typeOf(cur);
    }

    /** Converts IOB1/IOB2 tags to IOB2 label ids (so every chunk starts with B-). */
    public static int[] toIob2Labels(String[] tags) {
        int[] labels = new int[tags.length];
        for (Chunk c : IobChunker.chunks(tags)) {
            int t = typeIndex(c.type());
            labels[c.start()] = begin(t);
            for (int i = c.start() + 1; i < c.end(); i++) {
                labels[i] = inside(t);
            }
        }
        return labels;
    }

    public static int typeIndex(String type) {
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t].equals(type)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + type);
    }
}
