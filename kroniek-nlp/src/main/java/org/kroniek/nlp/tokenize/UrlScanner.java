package org.kroniek.nlp.tokenize;

/** Recognises a URL at a position: it starts with a scheme or {@code www.} and runs to the next space. */
final class UrlScanner {
    private static final String[] PREFIXES = {"https://", "http://", "ftp://", "www."};

    private UrlScanner() {
    }

    /** The end of the URL starting at {@code start}, or {@code start} itself when none starts there. */
    static int scan(CharSequence text, int start, int to) {
        int prefixEnd = matchPrefix(text, start, to);
        if (prefixEnd < 0 || !CharClass.isWordAt(text, prefixEnd, to)) {
            return start;
        }
        int end = prefixEnd;
        while (end < to && !endsUrl(text.charAt(end))) {
            end++;
        }
        return trimTrailingPunctuation(text, start, end);
    }

    private static int matchPrefix(CharSequence text, int start, int to) {
        char first = Character.toLowerCase(text.charAt(start));
        if (first != 'h' && first != 'f' && first != 'w') {
            return -1;
        }
        for (String prefix : PREFIXES) {
            if (startsWithIgnoreCase(text, start, to, prefix)) {
                return start + prefix.length();
            }
        }
        return -1;
    }

    private static boolean startsWithIgnoreCase(CharSequence text, int start, int to, String prefix) {
        if (to - start < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsUrl(char c) {
        return CharClass.isSpace(c) || c == '<' || c == '>' || c == '"' || c == '\u201C' || c == '\u201D'
                || c == '\u00AB' || c == '\u00BB';
    }

    /** Sentence punctuation after a URL is not part of it; a closing bracket is, when the URL opened one. */
    private static int trimTrailingPunctuation(CharSequence text, int start, int end) {
        while (end > start) {
            char last = text.charAt(end - 1);
            if (last == ')' && opensMoreThanCloses(text, start, end - 1)) {
                break;
            }
            if (".,;:!?'\u2019)]}".indexOf(last) < 0) {
                break;
            }
            end--;
        }
        return end;
    }

    private static boolean opensMoreThanCloses(CharSequence text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth > 0;
    }
}
