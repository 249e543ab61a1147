package org.kroniek.nlp.pos;

/**
 * Lemmas for words the lexicon does not know: find the longest known word the form ends in (Dutch compounds
 * put the head last, so {@code wereldrecordpogingen} ends in {@code pogingen}) and reuse its lemma; otherwise
 * strip regular Dutch inflection.
 */
final class SuffixRules {
    private static final int MIN_HEAD = 3;

    private SuffixRules() {
    }

    static String lemma(String lower, Upos upos, DutchLexicon lexicon) {
        for (int i = 1; i <= lower.length() - MIN_HEAD; i++) {
            String head = lower.substring(i);
            String headLemma = lexicon.lookup(head).lemma(upos);
            if (headLemma != null && headLemma.length() >= MIN_HEAD) {
                return lower.substring(0, i) + headLemma;
            }
        }
        return switch (upos) {
            case NOUN -> noun(lower);
            case ADJ -> adjective(lower);
            case VERB, AUX -> verb(lower);
            default -> lower;
        };
    }

    static String noun(String w) {
        if (w.endsWith("'s") && w.length() > 3) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("s") && w.length() > 4 && "aeiouy".indexOf(w.charAt(w.length() - 2)) < 0
                && (w.endsWith("ers") || w.endsWith("els") || w.endsWith("ens") || w.endsWith("ems"))) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("en") && w.length() > 5) {
            return undouble(w.substring(0, w.length() - 2));
        }
        return w;
    }

    static String adjective(String w) {
        if (w.endsWith("e") && w.length() > 3) {
            return undouble(w.substring(0, w.length() - 1));
        }
        return w;
    }

    static String verb(String w) {
        if (w.endsWith("en")) {
            return w;
        }
        if (w.startsWith("ge") && (w.endsWith("d") || w.endsWith("t")) && w.length() > 5) {
            return w.substring(2, w.length() - 1) + "en";
        }
        if (w.endsWith("t") && w.length() > 3) {
            return w.substring(0, w.length() - 1) + "en";
        }
        return w + "en";
    }

    /** {@code kost} + {@code en} lost a doubled consonant: {@code rekken} -> {@code rek}. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
