package org.kroniek.nlp.tokenize;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;

/**
 * Groups tokens into sentences and headings.
 *
 * <ul>
 *   <li>A blank line (paragraph break) always ends a sentence.</li>
 *   <li>A paragraph that is one short line without final punctuation ({@code Aleppo}) is a heading.</li>
 *   <li>Otherwise a sentence ends after {@code . ? ! … ...}, with the closing quotes and brackets that
 *       follow, when the next token opens a sentence (capital, digit, opening quote or bracket) or the
 *       line ends there. A single line break alone is not a boundary: news text wraps.</li>
 *   <li>Abbreviations and initials keep their period inside the token ({@code dhr.}, {@code J.}), so they
 *       do not end sentences; only a chain of initials ({@code V.S.}) or an abbreviation that often closes
 *       a sentence ({@code enz.}) does, and only before a typical sentence opener ({@code De}, {@code The}).</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SentenceSplitter {
    /** Headings are short: at most this many words ... */
    static final int MAX_HEADING_WORDS = 8;
    /** ... and at most this many chars. */
    static final int MAX_HEADING_CHARS = 60;
    /**
     * Longer runs of tokens without a boundary (scraped tables, text without punctuation) are cut into sentences
     * of this many tokens, so that the per-sentence work of later stages stays bounded.
     */
    public static final int MAX_SENTENCE_TOKENS = 1000;

    private static final SentenceSplitter DUTCH = new SentenceSplitter(LanguageRules.DUTCH);
    private static final SentenceSplitter ENGLISH = new SentenceSplitter(LanguageRules.ENGLISH);

    private final LanguageRules rules;

    private SentenceSplitter(LanguageRules rules) {
        this.rules = rules;
    }

    /** The English splitter for {@code en*}, the Dutch one for anything else, including null. */
    public static SentenceSplitter forLanguage(String language) {
        return LanguageRules.forLanguage(language) == LanguageRules.ENGLISH ? ENGLISH : DUTCH;
    }

    /**
     * Sentences over {@code tokens} (as the {@link Tokenizer} made them from {@code text}, in order). Every
     * token falls in exactly one sentence; a sentence spans its first token's start to its last token's end.
     */
    public List<Sentence> split(CharSequence text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        for (int k = 1; k <= tokens.size(); k++) {
            if (k == tokens.size() || gapBreaks(text, tokens, k) >= 2) {
                splitParagraph(text, tokens, paragraphStart, k, sentences);
                paragraphStart = k;
            }
        }
        return sentences;
    }

    /** Sentences of tokens[from, to), a paragraph. */
    private void splitParagraph(CharSequence text, List<Token> tokens, int from, int to, List<Sentence> out) {
        if (isHeading(text, tokens, from, to)) {
            out.add(new Sentence(tokens.get(from).start(), tokens.get(to - 1).end(), true));
            return;
        }
        int sentenceStart = from;
        int k = from;
        while (k < to) {
            if (!isTerminal(text, tokens.get(k))) {
                k++;
                continue;
            }
            int last = absorbClosers(text, tokens, k, to);
            int next = last + 1;
            if (next < to && endsSentence(text, tokens, k, next)) {
                addCapped(tokens, sentenceStart, last, out);
                sentenceStart = next;
            }
            k = next;
        }
        addCapped(tokens, sentenceStart, to - 1, out);
    }

    /** The sentence tokens[first..last], cut into pieces of at most {@link #MAX_SENTENCE_TOKENS} tokens. */
    private static void addCapped(List<Token> tokens, int first, int last, List<Sentence> out) {
        for (int from = first; from <= last; from += MAX_SENTENCE_TOKENS) {
            int until = Math.min(last, from + MAX_SENTENCE_TOKENS - 1);
            out.add(new Sentence(tokens.get(from).start(), tokens.get(until).end()));
        }
    }

    /** Whether the sentence ends between the terminal token at {@code terminal} and the token at {@code next}. */
    private boolean endsSentence(CharSequence text, List<Token> tokens, int terminal, int next) {
        if (gapBreaks(text, tokens, next) > 0) {
            return true;
        }
        Token end = tokens.get(terminal);
        Token following = tokens.get(next);
        if (!opensSentence(text, following)) {
            return false;
        }
        if (isPlainTerminal(text, end)) {
            return true;
        }
        // An abbreviation or initials that kept their period: end only before a typical opener.
        return rules.sentenceStarters.contains(text, following.start(), following.end());
    }

    /** Tokens that may close a sentence: plain . ? ! … ..., or a word that ends in a kept period. */
    private boolean isTerminal(CharSequence text, Token token) {
        if (isPlainTerminal(text, token)) {
            return true;
        }
        int length = token.end() - token.start();
        if (length < 2 || text.charAt(token.end() - 1) != '.') {
            return false;
        }
        return isInitialsChain(text, token)
                || rules.abbreviations.mayEndSentence(text, token.start(), token.end());
    }

    private static boolean isPlainTerminal(CharSequence text, Token token) {
        char first = text.charAt(token.start());
        if (first == '?' || first == '!' || first == '\u2026' || first == '\u203D') {
            return true;
        }
        if (first != '.') {
            return false;
        }
        for (int i = token.start() + 1; i < token.end(); i++) {
            if (text.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code V.S.}, {@code U.S.}: two or more single letters, each with its period. */
    private static boolean isInitialsChain(CharSequence text, Token token) {
        int length = token.end() - token.start();
        if (length < 4 || length % 2 != 0) {
            return false;
        }
        for (int i = token.start(); i < token.end(); i += 2) {
            if (!Character.isLetter(text.charAt(i)) || text.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The last token of the sentence that ends with the terminal at {@code k}: closing quotes and brackets
     * ({@code ." }, {@code .)}) and further terminal punctuation ({@code ?!}) stay with it.
     */
    private int absorbClosers(CharSequence text, List<Token> tokens, int k, int to) {
        int last = k;
        while (last + 1 < to) {
            Token candidate = tokens.get(last + 1);
            if (gapBreaks(text, tokens, last + 1) > 0) {
                break;
            }
            if (isPlainTerminal(text, candidate) || isCloser(text, tokens, last + 1, to)) {
                last++;
            } else {
                break;
            }
        }
        return last;
    }

    /** A closing bracket or quote; an ambiguous quote (" ') closes when no word is glued to its right. */
    private static boolean isCloser(CharSequence text, List<Token> tokens, int k, int to) {
        Token token = tokens.get(k);
        char c = text.charAt(token.start());
        int length = token.end() - token.start();
        if (length == 2 && c == '\'' && text.charAt(token.start() + 1) == '\'') {
            return true;
        }
        if (length != 1) {
            return false;
        }
        switch (c) {
            case ')', ']', '}', '\u00BB', '\u201D', '\u2019', '\u203A' -> {
                return true;
            }
            case '"', '\'' -> {
                // an opening quote has a word glued to its right: "Ja
                if (k + 1 >= to || tokens.get(k + 1).start() > token.end()) {
                    return true;
                }
                Token next = tokens.get(k + 1);
                return !CharClass.isWordAt(text, next.start(), next.end());
            }
            default -> {
                return false;
            }
        }
    }

    /** Capital letters, digits, opening quotes and brackets, and other symbols start a sentence. */
    private static boolean opensSentence(CharSequence text, Token token) {
        int cp = CharClass.codePointAt(text, token.start(), token.end());
        if (Character.isLetter(cp)) {
            return Character.isUpperCase(cp) || Character.isTitleCase(cp) || !Character.isLowerCase(cp);
        }
        if (Character.isDigit(cp)) {
            return true;
        }
        if (token.end() - token.start() == 2 && text.charAt(token.start()) == ',') {
            return true; // ,, the Dutch low opening quote
        }
        // Punctuation that continues a sentence rather than opening one.
        return ",;:)]}%\u00BB\u201D".indexOf(cp) < 0 && !isPlainTerminal(text, token);
    }

    private boolean isHeading(CharSequence text, List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        if (last.end() - first.start() > MAX_HEADING_CHARS) {
            return false;
        }
        int end = last.end();
        while (end > first.start() + 1 && "\"')]}\u00BB\u201D\u2019".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (".?!\u2026:;,".indexOf(text.charAt(end - 1)) >= 0) {
            return false;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            if (k > from && gapBreaks(text, tokens, k) > 0) {
                return false;
            }
            Token token = tokens.get(k);
            if (CharClass.isWordAt(text, token.start(), token.end())) {
                words++;
            }
        }
        return words > 0 && words <= MAX_HEADING_WORDS;
    }

    /** Line breaks between token k-1 and token k (or before token 0 from the start of the text). */
    private static int gapBreaks(CharSequence text, List<Token> tokens, int k) {
        int from = k == 0 ? 0 : tokens.get(k - 1).end();
        return CharClass.lineBreaks(text, from, tokens.get(k).start());
    }
}
