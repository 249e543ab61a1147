package org.kroniek.nlp.ner;

/** Capitalisation class of a token, relative to its place in the sentence. */
final class WordCase {
    static final int LOWER = 0;
    static final int CAP = 1;
    static final int CAP_SENTENCE_INITIAL = 2;
    static final int ALL_CAPS = 3;
    static final int NO_LETTER = 4;
    static final int MIXED = 5;

    private WordCase() {
    }

    static int of(String w, boolean sentenceInitial) {
        int letters = 0;
        int upper = 0;
        int firstLetter = -1;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (firstLetter < 0) {
                    firstLetter = i;
                }
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters == 0) {
            return NO_LETTER;
        }
        if (upper == letters && letters >= 2) {
            return ALL_CAPS;
        }
        boolean firstUpper = Character.isUpperCase(w.charAt(firstLetter));
        if (firstUpper) {
            return sentenceInitial ? CAP_SENTENCE_INITIAL : CAP;
        }
        return upper == 0 ? LOWER : MIXED;
    }

    static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a heading or title set in capitals: most word tokens all-caps. In such a sentence the case of
     * a word says nothing about whether it is a name.
     */
    static boolean isCapsSentence(String[] words) {
        int wordsWithLetters = 0;
        int caps = 0;
        for (String w : words) {
            int c = of(w, false);
            if (c != NO_LETTER) {
                wordsWithLetters++;
                if (c == ALL_CAPS) {
                    caps++;
                }
            }
        }
        return wordsWithLetters >= 2 && caps * 10 >= wordsWithLetters * 7;
    }

    /** Index of the first token with a letter or digit (the "sentence-initial" word), or -1. */
    static int firstWord(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (hasLetterOrDigit(words[i])) {
                return i;
            }
        }
        return -1;
    }
}
