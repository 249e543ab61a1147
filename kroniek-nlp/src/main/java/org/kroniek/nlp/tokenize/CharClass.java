package org.kroniek.nlp.tokenize;

/** Character classes the tokenizer and sentence splitter share; ASCII is answered from a table for speed. */
final class CharClass {
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            ASCII_WORD[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        ASCII_WORD['_'] = true;
    }

    private CharClass() {
    }

    /** Separates tokens: whitespace, controls, and invisible format chars (BOM, bidi controls, zero-width space). */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        if (isJoiner(c)) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085'
                || Character.getType(c) == Character.FORMAT;
    }

    /** Invisible chars that belong inside a word when word chars surround them: ZWNJ, ZWJ, soft hyphen. */
    static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D' || c == '\u00AD';
    }

    /** Letters, digits, combining marks, superscripts (km²), '_' and the degree sign (°C). */
    static boolean isWordCodePoint(int cp) {
        if (cp < 0x80) {
            return ASCII_WORD[cp];
        }
        if (cp == '°') {
            return true;
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.OTHER_NUMBER;
    }

    static boolean isWordAt(CharSequence text, int i, int to) {
        if (i >= to) {
            return false;
        }
        char c = text.charAt(i);
        if (c < 0x80) {
            return ASCII_WORD[c];
        }
        return isWordCodePoint(codePointAt(text, i, to));
    }

    static boolean isDigitAt(CharSequence text, int i, int to) {
        return i >= 0 && i < to && isAsciiDigit(text.charAt(i));
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetterAt(CharSequence text, int i, int to) {
        return i >= 0 && i < to && Character.isLetter(codePointAt(text, i, to));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The code point at i, not reading past {@code to}; a lone surrogate comes back as itself. */
    static int codePointAt(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
            char d = text.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    /** Line breaks in text[from, to): \n, \r\n and \r count one, U+2028 one, U+2029 (paragraph) two. */
    static int lineBreaks(CharSequence text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                breaks++;
            } else if (c == '\r') {
                if (i + 1 >= to || text.charAt(i + 1) != '\n') {
                    breaks++;
                }
            } else if (c == '\u2029') {
                breaks += 2;
            }
        }
        return breaks;
    }
}
