package org.kroniek.nlp.time;

/**
 * {@link Character#isWhitespace} and {@link Character#isLetterOrDigit} with the answers for the characters of
 * news text (ASCII, Latin accents, typographic quotes and dashes: up to U+20FF) looked up in a table, since these
 * run on every character of a sentence.
 */
final class CharClasses {
    private static final int TABLE = 0x2100;
    private static final boolean[] WHITESPACE = new boolean[TABLE];
    private static final boolean[] LETTER_OR_DIGIT = new boolean[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            WHITESPACE[c] = Character.isWhitespace(c);
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private CharClasses() {
    }

    static boolean isWhitespace(char c) {
        return c < TABLE ? WHITESPACE[c] : Character.isWhitespace(c);
    }

    static boolean isLetterOrDigit(char c) {
        return c < TABLE ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }
}
