package org.kroniek.nlp.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kroniek.core.Token;

/**
 * A rule-based tokenizer for Dutch and English news text: one forward pass over the characters, no regular
 * expressions, no backtracking beyond a few characters, so it runs in linear time on any input.
 *
 * <p>Conventions follow the Universal Dependencies treebanks of each language: hyphenated words and
 * compounds are one token ({@code staakt-het-vuren}, {@code VN-gezant}, {@code al-Assad}), as are numbers,
 * dates and times ({@code 1.000}, {@code 3,5}, {@code 27/12/16}, {@code 12:57}), abbreviations with their
 * period ({@code dhr.}, {@code d.w.z.}), URLs and e-mail addresses. Dutch keeps {@code auto's},
 * {@code zo'n} and {@code 's} whole; English splits clitics ({@code do n't}, {@code Lavrov 's}).
 *
 * <p>Instances are immutable and thread-safe; get one with {@link #forLanguage(String)}.
 */
public final class Tokenizer {
    private static final Tokenizer DUTCH = new Tokenizer(LanguageRules.DUTCH);
    private static final Tokenizer ENGLISH = new Tokenizer(LanguageRules.ENGLISH);

    private final LanguageRules rules;

    private Tokenizer(LanguageRules rules) {
        this.rules = rules;
    }

    public static Tokenizer dutch() {
        return DUTCH;
    }

    public static Tokenizer english() {
        return ENGLISH;
    }

    /** The English tokenizer for {@code en*}, the Dutch one for anything else, including null. */
    public static Tokenizer forLanguage(String language) {
        return LanguageRules.forLanguage(language) == LanguageRules.ENGLISH ? ENGLISH : DUTCH;
    }

    /** The language whose conventions this tokenizer follows: {@code nl} or {@code en}. */
    public String language() {
        return rules.language;
    }

    /** All tokens of the text, in order. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        tokenize(text, 0, text.length(), (start, end) -> tokens.add(new Token(start, end)));
        return tokens;
    }

    /**
     * Reports the tokens of {@code text[from, to)} to {@code out}, with offsets into {@code text}, in order.
     * Nothing is allocated per token.
     */
    public void tokenize(CharSequence text, int from, int to, TokenConsumer out) {
        Objects.checkFromToIndex(from, to, text.length());
        Objects.requireNonNull(out, "out");
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (CharClass.isSpace(c) || CharClass.isJoiner(c)) {
                i++;
                continue;
            }
            int end = scanToken(text, i, to);
            out.token(i, end);
            i = end;
        }
    }

    private int scanToken(CharSequence text, int start, int to) {
        char c = text.charAt(start);
        if (CharClass.isApostrophe(c)) {
            return scanApostrophe(text, start, to);
        }
        if (CharClass.isWordAt(text, start, to)) {
            int url = UrlScanner.scan(text, start, to);
            if (url > start) {
                return url;
            }
            if (rules.splitsClitics && isNegationClitic(text, start, to)) {
                return start + 3;
            }
            return scanWord(text, start, to);
        }
        return scanPunctuation(text, start, to);
    }

    /**
     * A word with everything glued to it: word chars joined by connectors (- . , : / ' & @), a trailing
     * hyphen of an elided compound ({@code mond- en klauwzeer}), a Dutch percent sign, and the period of an
     * abbreviation or initials.
     */
    private int scanWord(CharSequence text, int start, int to) {
        int i = skipWordChars(text, start, to);
        int segmentStart = start;
        boolean initialsOnly = isSingleLetter(text, start, i, to);
        boolean periodAttached = false;
        while (i < to) {
            char c = text.charAt(i);
            boolean wordFollows = CharClass.isWordAt(text, i + 1, to);
            if (wordFollows && isConnector(text, c, i, to)) {
                if (rules.splitsClitics && CharClass.isApostrophe(c)) {
                    int cliticAt = englishCliticSplit(text, start, i, to);
                    if (cliticAt >= 0) {
                        return cliticAt;
                    }
                }
                int next = skipWordChars(text, i + 1, to);
                initialsOnly &= c == '.' && !periodAttached && isSingleLetter(text, i + 1, next, to);
                segmentStart = i + 1;
                i = next;
                continue;
            }
            if (c == '.' && !periodAttached && keepsPeriod(text, start, segmentStart, i, to, initialsOnly)) {
                i++;
                periodAttached = true;
                continue;
            }
            if (CharClass.isHyphen(c) && !wordFollows && isElisionHyphen(text, i, to)) {
                return i + 1;
            }
            if (c == '%' && rules.attachesPercent && CharClass.isDigitAt(text, i - 1, to)) {
                return i + 1;
            }
            if (c == '(') {
                int partEnd = parenthesisedPartEnd(text, i, to);
                if (partEnd > 0) {
                    i = skipWordChars(text, partEnd, to);
                    continue;
                }
            }
            if (CharClass.isJoiner(c) && wordFollows) {
                i = skipWordChars(text, i + 1, to);
                continue;
            }
            break;
        }
        return i;
    }

    /**
     * The end of a short bracketed word part at {@code open} ({@code (en)}, {@code (zorg)}, {@code (-vervuiling)},
     * {@code (jeugd-)}), or -1: only word chars and hyphens inside, at most 20 chars.
     */
    private static int parenthesisedPartEnd(CharSequence text, int open, int to) {
        int limit = Math.min(to, open + 22);
        boolean sawWordChar = false;
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return sawWordChar ? i + 1 : -1;
            }
            if (CharClass.isWordAt(text, i, to)) {
                sawWordChar = true;
            } else if (!CharClass.isHyphen(c) && !Character.isSurrogate(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Chars that join the word chars on both sides into one token. */
    private boolean isConnector(CharSequence text, char c, int i, int to) {
        switch (c) {
            case '-', '\u2010', '\u2011', '.', '/', '@' -> {
                return true;
            }
            case ',', ':' -> {
                // 3,5 and 12:57, but not "ja,nee" or "bar:Belgien"
                return CharClass.isDigitAt(text, i - 1, to) && CharClass.isDigitAt(text, i + 1, to);
            }
            case '\'', '\u2019' -> {
                return CharClass.isLetterAt(text, i - 1, to) && CharClass.isLetterAt(text, i + 1, to);
            }
            case '&' -> {
                // CD&V, AT&T
                return Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1));
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Whether the period at {@code dot} belongs to the word before it: a listed abbreviation, a chain of
     * single letters ({@code d.w.z.}, {@code U.S.}) or a capital initial ({@code J.}); never before another
     * period ({@code A...}).
     */
    private boolean keepsPeriod(CharSequence text, int start, int lastSegmentStart, int dot, int to,
                                boolean initialsOnly) {
        if (dot + 1 < to && text.charAt(dot + 1) == '.') {
            return false;
        }
        if (initialsOnly && (lastSegmentStart > start || Character.isUpperCase(text.charAt(start)))) {
            return true;
        }
        return rules.abbreviations.contains(text, start, dot + 1);
    }

    /** A hyphen ending an elided compound part: {@code mond- en}, {@code zorg-,}, {@code doelgroep-/}. */
    private static boolean isElisionHyphen(CharSequence text, int hyphen, int to) {
        if (hyphen + 1 >= to) {
            return false;
        }
        char next = text.charAt(hyphen + 1);
        return next == ' ' || next == ',' || next == '/';
    }

    /**
     * English only: where the word scanned so far must end because a clitic starts at the apostrophe
     * ({@code Lavrov|'s}, {@code I|'m}, {@code we|'ll}, {@code do|n't}); -1 when the apostrophe stays inside.
     */
    private static int englishCliticSplit(CharSequence text, int start, int apostrophe, int to) {
        if (isEnglishClitic(text, apostrophe, to)) {
            return apostrophe;
        }
        char before = text.charAt(apostrophe - 1);
        if ((before == 'n' || before == 'N') && apostrophe - 1 > start && isNegationClitic(text, apostrophe - 1, to)) {
            return apostrophe - 1;
        }
        return -1;
    }

    /** {@code 's 'm 'd 'll 're 've} at i, not followed by another word char. */
    private static boolean isEnglishClitic(CharSequence text, int i, int to) {
        int letters = 0;
        while (i + 1 + letters < to && letters < 3 && Character.isLetter(text.charAt(i + 1 + letters))) {
            letters++;
        }
        if (letters == 0 || letters > 2 || CharClass.isWordAt(text, i + 1 + letters, to)) {
            return false;
        }
        char a = Character.toLowerCase(text.charAt(i + 1));
        if (letters == 1) {
            return a == 's' || a == 'm' || a == 'd';
        }
        char b = Character.toLowerCase(text.charAt(i + 2));
        return (a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e');
    }

    /** {@code n't} at i, not followed by another word char. */
    private static boolean isNegationClitic(CharSequence text, int i, int to) {
        if (i + 2 >= to) {
            return false;
        }
        char n = text.charAt(i);
        char t = text.charAt(i + 2);
        return (n == 'n' || n == 'N') && CharClass.isApostrophe(text.charAt(i + 1)) && (t == 't' || t == 'T')
                && !CharClass.isWordAt(text, i + 3, to);
    }

    /**
     * An apostrophe that is not inside a word: a Dutch clitic ({@code 's avonds}, {@code 't}, {@code 'n}),
     * a place name ({@code 's-Hertogenbosch}), a short year ({@code '80}), an English clitic split off
     * earlier, a doubled quote ({@code ''}), or else a single quote.
     */
    private int scanApostrophe(CharSequence text, int start, int to) {
        char c = text.charAt(start);
        if (CharClass.isDigitAt(text, start + 1, to) && CharClass.isDigitAt(text, start + 2, to)
                && !CharClass.isWordAt(text, start + 3, to)) {
            return start + 3;
        }
        if (rules.splitsClitics) {
            if (isEnglishClitic(text, start, to)) {
                return skipWordChars(text, start + 1, to);
            }
        } else if (start + 1 < to && isDutchClitic(text.charAt(start + 1))) {
            if (!CharClass.isWordAt(text, start + 2, to)) {
                boolean placeName = start + 2 < to && CharClass.isHyphen(text.charAt(start + 2))
                        && CharClass.isWordAt(text, start + 3, to);
                return placeName ? scanWord(text, start + 1, to) : start + 2;
            }
        }
        if (start + 1 < to && text.charAt(start + 1) == c) {
            return start + 2;
        }
        return start + 1;
    }

    private static boolean isDutchClitic(char c) {
        return c == 's' || c == 't' || c == 'n' || c == 'k' || c == 'm';
    }

    /** Punctuation and symbols: runs of periods or hyphens are one token, as are {@code ,,} and emoji. */
    private int scanPunctuation(CharSequence text, int start, int to) {
        char c = text.charAt(start);
        switch (c) {
            case '.' -> {
                return runEnd(text, start, to, '.');
            }
            case '-' -> {
                int run = runEnd(text, start, to, '-');
                if (run > start + 1) {
                    return run;
                }
                return isLeadingHyphen(text, start, to) ? scanWord(text, start + 1, to) : start + 1;
            }
            case '(' -> {
                // (inter)gemeentelijke: an optional word part in brackets glued to the word after it
                int partEnd = parenthesisedPartEnd(text, start, to);
                return partEnd > 0 && CharClass.isWordAt(text, partEnd, to) ? scanWord(text, start, to) : start + 1;
            }
            case ',', '`' -> {
                return start + 1 < to && text.charAt(start + 1) == c ? start + 2 : start + 1;
            }
            default -> {
                return EmojiScanner.symbolEnd(text, start, to);
            }
        }
    }

    /** {@code -proces} (in "voor- en -proces") or {@code -5}: a hyphen opening a word after a space or bracket. */
    private static boolean isLeadingHyphen(CharSequence text, int hyphen, int to) {
        if (hyphen + 1 >= to) {
            return false;
        }
        char next = text.charAt(hyphen + 1);
        boolean opensWord = CharClass.isAsciiDigit(next) || Character.isLowerCase(next);
        if (!opensWord) {
            return false;
        }
        if (hyphen == 0) {
            return true;
        }
        char before = text.charAt(hyphen - 1);
        return CharClass.isSpace(before) || before == '(';
    }

    private static int runEnd(CharSequence text, int start, int to, char c) {
        int i = start + 1;
        while (i < to && text.charAt(i) == c) {
            i++;
        }
        return i;
    }

    private static int skipWordChars(CharSequence text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (!CharClass.isWordAt(text, i, to)) {
                    return i;
                }
                i++;
            } else {
                int cp = CharClass.codePointAt(text, i, to);
                if (!CharClass.isWordCodePoint(cp)) {
                    return i;
                }
                i += Character.charCount(cp);
            }
        }
        return i;
    }

    private static boolean isSingleLetter(CharSequence text, int from, int to, int limit) {
        int cp = CharClass.codePointAt(text, from, limit);
        return Character.charCount(cp) == to - from && Character.isLetter(cp);
    }
}
