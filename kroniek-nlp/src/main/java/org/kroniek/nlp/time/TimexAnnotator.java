package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Sentence;
import org.kroniek.core.Timex;

/**
 * Finds and normalises TIMEX3 expressions, sentence by sentence. Rules come from one data file per language
 * and are compiled once; an instance is immutable and thread-safe.
 */
public final class TimexAnnotator {
    private static final int PREFIX_LOOKBACK = 48;

    private final Map<String, RuleSet> ruleSets = new ConcurrentHashMap<>();

    /** Rules for the given language, loaded on first use; null for a language without a rule file. */
    RuleSet rules(String language) {
        // "nl-NL", "en_GB" and the like use the base language's rules.
        String lang = language == null ? "nl" : language.toLowerCase(Locale.ROOT);
        if (lang.length() > 2 && (lang.charAt(2) == '-' || lang.charAt(2) == '_')) {
            lang = lang.substring(0, 2);
        }
        if (!lang.equals("nl") && !lang.equals("en")) {
            return null;
        }
        return ruleSets.computeIfAbsent(lang, RuleFileParser::load);
    }

    /** Annotates a text read as one sentence; dct is an ISO prefix or null. */
    public List<Timex> annotate(String text, String language, String dct, DctGranularity granularity) {
        return annotate(text, List.of(), language, Dct.parse(dct, granularity));
    }

    /** Annotates each sentence of a text; with no sentences the whole text is one. */
    public List<Timex> annotate(String text, List<Sentence> sentences, String language, Dct dct) {
        return annotate(text, sentences, language, dct, i -> { });
    }

    /** As above, telling {@code beforeSentence} the index of each sentence first (the stage checks its time budget there). */
    public List<Timex> annotate(String text, List<Sentence> sentences, String language, Dct dct,
                                IntConsumer beforeSentence) {
        RuleSet rules = rules(language);
        if (rules == null || text == null || text.isEmpty()) {
            return List.of();
        }
        List<Timex> out = new ArrayList<>();
        if (sentences == null || sentences.isEmpty()) {
            annotateSentence(text, 0, text.length(), rules, dct, out);
        } else {
            for (int i = 0; i < sentences.size(); i++) {
                beforeSentence.accept(i);
                Sentence s = sentences.get(i);
                if (s.end() <= text.length()) {
                    annotateSentence(text, s.start(), s.end(), rules, dct, out);
                }
            }
        }
        return out;
    }

    private void annotateSentence(String text, int from, int to, RuleSet rules, Dct dct, List<Timex> out) {
        String sentence = text.substring(from, to);
        List<Candidate> candidates = findAll(sentence, rules);
        if (candidates.isEmpty()) {
            return;
        }
        // Longest first, then rule order: "maandagavond" beats "maandag", "over twee weken" beats "twee weken".
        // (The sort is stable: one rule's candidates of one length stay in order of start.)
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end())
                .thenComparingInt(c -> c.rule().order()));
        // Chosen spans are disjoint, so only the one starting last before c's end can overlap c.
        TreeMap<Integer, Candidate> chosenByStart = new TreeMap<>();
        for (Candidate c : candidates) {
            Map.Entry<Integer, Candidate> before = chosenByStart.floorEntry(c.end() - 1);
            if (before == null || before.getValue().end() <= c.start()) {
                chosenByStart.put(c.start(), c);
            }
        }
        List<Candidate> chosen = new ArrayList<>(chosenByStart.values());
        TenseCues tense = new TenseCues(sentence, rules);
        int previousEnd = 0;
        for (Candidate c : chosen) {
            Timex t = normalise(c, sentence, rules, dct, tense, previousEnd);
            if (t != null) {
                out.add(new Timex(t.start() + from, t.end() + from, t.text(), t.type(), t.value(), t.mod()));
                previousEnd = t.end();
            }
        }
    }

    /**
     * Every rule starts with "not after a letter or digit", so a match can only begin where a word or a symbol
     * begins. Trying the rules there alone ({@code lookingAt}) instead of at every character ({@code find}) is
     * what keeps the time stage cheap: at each word start the rules' shared automaton ({@link RuleStarts}) reads
     * the text once and names the few rules that may match there, and only their regexes run. Like {@code find},
     * a rule's matches do not overlap each other. Candidates come out by start, each rule's in the order
     * {@code find} would give them.
     */
    private static List<Candidate> findAll(String sentence, RuleSet rules) {
        List<Rule> all = rules.rules();
        List<Candidate> out = new ArrayList<>();
        int[] lastEnd = null;
        Matcher[] matchers = null;
        RuleStarts starts = rules.starts();
        long[][] scratch = starts.scratch();
        boolean afterLetterOrDigit = false;
        for (int start = 0; start < sentence.length(); start++) {
            char c = sentence.charAt(start);
            boolean wordStart = !afterLetterOrDigit && !CharClasses.isWhitespace(c);
            afterLetterOrDigit = CharClasses.isLetterOrDigit(c);
            if (!wordStart) {
                continue;
            }
            long[] fits = starts.at(sentence, start, scratch);
            for (int k = 0; k < fits.length; k++) {
                for (long bits = fits[k]; bits != 0; bits &= bits - 1) {
                    int r = (k << 6) + Long.numberOfTrailingZeros(bits);
                    if (lastEnd == null) {
                        lastEnd = new int[all.size()];
                        matchers = new Matcher[all.size()];
                    }
                    if (start < lastEnd[r]) {
                        continue;
                    }
                    Matcher m = matchers[r];
                    if (m == null) {
                        m = all.get(r).pattern().matcher(sentence);
                        m.useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[r] = m;
                    }
                    m.region(start, sentence.length());
                    if (m.lookingAt() && m.end() > m.start()) {
                        out.add(new Candidate(m.start(), m.end(), all.get(r), m.toMatchResult()));
                        lastEnd[r] = m.end();
                    }
                }
            }
        }
        return out;
    }

    /** Positions not preceded by a letter or digit and not white space: where a rule's match may begin. */
    static int[] possibleStarts(String sentence) {
        int[] starts = new int[sentence.length()];
        int count = 0;
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (!afterLetterOrDigit && !CharClasses.isWhitespace(c)) {
                starts[count++] = i;
            }
            afterLetterOrDigit = CharClasses.isLetterOrDigit(c);
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static Timex normalise(Candidate c, String sentence, RuleSet rules, Dct dct, TenseCues tense,
                                   int previousEnd) {
        MatchContext ctx = new MatchContext(c, dct, tense);
        String value = Normalizer.evaluate(c.rule().value(), ctx);
        if (value == null) {
            return null;
        }
        int start = c.start();
        String mod = c.rule().mod();
        String type = c.rule().type();
        int lookFrom = Math.max(previousEnd, start - PREFIX_LOOKBACK);
        String before = sentence.substring(lookFrom, start);
        PrefixFinder prefixes = new PrefixFinder(before, rules);
        for (int i = 0; i < rules.prefixes().size(); i++) {
            String pm = rules.prefixes().get(i).modByType().get(type);
            if (pm == null) {
                continue;
            }
            int at = prefixes.find(i);
            if (at >= 0) {
                start = lookFrom + at;
                if (!pm.equals("-") && mod == null) {
                    mod = pm;
                }
                break;
            }
        }
        return new Timex(start, c.end(), sentence.substring(start, c.end()), type, value, mod);
    }
}
