package org.kroniek.nlp.time;

/**
 * The leading "yyyy[-mm[-dd[(T| )hh:mm[:ss]]]]" of a dct string, read by hand because it is read once per
 * document: white space first is skipped, each part is taken when present in full, and anything may follow
 * except a line break (what the regular expression
 * {@code \s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?)?.*} accepts with
 * {@code matches}). The parts are digit strings; the ones not present are null.
 */
record IsoPrefix(String year, String month, String day, String hour, String minute) {

    /** The prefix, or null when the text does not start with four digits or has a line break after them. */
    static IsoPrefix read(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        if (!digits(s, i, 4)) {
            return null;
        }
        String year = s.substring(i, i + 4);
        i += 4;
        String month = null;
        String day = null;
        String hour = null;
        String minute = null;
        if (at(s, i, '-') && digits(s, i + 1, 2)) {
            month = s.substring(i + 1, i + 3);
            i += 3;
            if (at(s, i, '-') && digits(s, i + 1, 2)) {
                day = s.substring(i + 1, i + 3);
                i += 3;
                if ((at(s, i, 'T') || at(s, i, ' ')) && digits(s, i + 1, 2) && at(s, i + 3, ':')
                        && digits(s, i + 4, 2)) {
                    hour = s.substring(i + 1, i + 3);
                    minute = s.substring(i + 4, i + 6);
                    i += 6;
                }
            }
        }
        for (int k = i; k < s.length(); k++) {
            if (isLineBreak(s.charAt(k))) {
                return null;
            }
        }
        return new IsoPrefix(year, month, day, hour, minute);
    }

    private static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    /** n ASCII digits from i (regex \d). */
    private static boolean digits(String s, int i, int n) {
        if (i + n > s.length()) {
            return false;
        }
        for (int k = i; k < i + n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Regex \s: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What regex '.' does not match. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
