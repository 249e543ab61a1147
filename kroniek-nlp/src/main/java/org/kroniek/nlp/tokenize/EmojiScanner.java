package org.kroniek.nlp.tokenize;

/**
 * The extent of one symbol as the reader sees it: a code point plus what modifies it, so an emoji with a
 * skin tone, a ZWJ family or a flag is one token and a surrogate pair is never cut in half.
 */
final class EmojiScanner {
    private EmojiScanner() {
    }

    static int symbolEnd(CharSequence text, int start, int to) {
        int first = CharClass.codePointAt(text, start, to);
        int i = start + Character.charCount(first);
        if (isRegionalIndicator(first) && i < to) {
            int second = CharClass.codePointAt(text, i, to);
            if (isRegionalIndicator(second)) {
                return i + Character.charCount(second);
            }
        }
        while (i < to) {
            int cp = CharClass.codePointAt(text, i, to);
            if (isModifier(cp)) {
                i += Character.charCount(cp);
            } else if (cp == '\u200D' && i + 1 < to && !CharClass.isSpace(text.charAt(i + 1))) {
                int joined = CharClass.codePointAt(text, i + 1, to);
                i += 1 + Character.charCount(joined);
            } else {
                break;
            }
        }
        return i;
    }

    /** Variation selectors, skin tones, tag characters, keycap and other combining marks. */
    private static boolean isModifier(int cp) {
        if (cp == 0xFE0E || cp == 0xFE0F || cp == 0x20E3) {
            return true;
        }
        if ((cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
