package org.kroniek.nlp.pos;

/**
 * What the lexicon knows about one word form: the UPOS tags it can have (a bit mask over {@link Upos}),
 * the coarse lexicon classes it belongs to (a bit mask over {@link LexiconClass}, used as tagger features)
 * and a lemma for each possible UPOS. Immutable, so cached entries are shared between threads.
 */
public final class LexiconEntry {
    public static final LexiconEntry UNKNOWN = new LexiconEntry(0, 0, new String[0][], new String[0]);

    private final int uposMask;
    private final int classMask;
    /** Candidate lemmas in ascending UPOS order, one array per set bit of {@link #uposMask}; the first is preferred. */
    private final String[][] lemmas;
    /** Lemmas of separable verbs this form is the split-off verb part of ({@code zocht} -> {@code opzoeken}). */
    private final String[] separableLemmas;

    LexiconEntry(int uposMask, int classMask, String[][] lemmas, String[] separableLemmas) {
        this.uposMask = uposMask;
        this.classMask = classMask;
        this.lemmas = lemmas;
        this.separableLemmas = separableLemmas;
    }

    /** Lemmas of separable verbs whose verb part, separated from its particle, this form can be. */
    String[] separableLemmas() {
        return separableLemmas;
    }

    boolean isSeparablePartOf(String verbLemma) {
        for (String s : separableLemmas) {
            if (s.equals(verbLemma)) {
                return true;
            }
        }
        return false;
    }

    public int uposMask() {
        return uposMask;
    }

    public int classMask() {
        return classMask;
    }

    public boolean isKnown() {
        return uposMask != 0;
    }

    public boolean allows(Upos upos) {
        return (uposMask & upos.bit()) != 0;
    }

    /** The lexicon's lemma of this form as {@code upos}, or null when the lexicon lacks that reading. */
    public String lemma(Upos upos) {
        if (!allows(upos)) {
            return null;
        }
        return lemmas[Integer.bitCount(uposMask & (upos.bit() - 1))][0];
    }

    /** All lemmas the lexicon gives this form as {@code upos} ({@code leek}: lijken, leken), preferred first. */
    String[] lemmaCandidates(Upos upos) {
        if (!allows(upos)) {
            return new String[0];
        }
        return lemmas[Integer.bitCount(uposMask & (upos.bit() - 1))];
    }
}
