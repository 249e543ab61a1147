package org.kroniek.nlp.pos;

/** The 17 Universal POS tags; the ordinal is the tag's index in models and bit masks. */
public enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    private static final Upos[] VALUES = values();

    public static final int COUNT = VALUES.length;

    public int bit() {
        return 1 << ordinal();
    }

    public static Upos of(int index) {
        return VALUES[index];
    }

    /** The tag for a UPOS name, or X for anything unknown (e.g. {@code _}). */
    public static Upos parse(String name) {
        for (Upos u : VALUES) {
            if (u.name().equals(name)) {
                return u;
            }
        }
        return X;
    }
}
