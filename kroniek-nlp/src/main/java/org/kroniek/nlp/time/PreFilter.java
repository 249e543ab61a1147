package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap scan run before the rules: a rule is tried on a sentence only if the sentence has a digit the rule
 * could use or a word that starts with one of the rule's trigger words (weekday, month, unit...). Most
 * sentences of an article have none, and most rules are skipped in the others.
 * <p>
 * The trigger words are numbered and kept in a trie of ASCII letters that words are walked through as they are
 * read, lower-cased on the fly, so the scan allocates nothing but its result; a word with other characters is
 * looked up the slow way. Immutable and thread-safe.
 */
final class PreFilter {
    private static final int MIN = 3;
    private static final int MAX = 16;

    private final List<String> words;
    private final Map<String, Integer> index;
    /** Trie over 'a'..'z': child of node n by letter c at children[n * 26 + c - 'a'], 0 for none. */
    private final int[] children;
    /** The trigger word a trie node spells, or -1. */
    private final int[] terminal;
    /** Per rule order, the bits of its trigger words; null when built without rules. */
    private final long[][] ruleBits;
    private final boolean allRulesFiltered;

    PreFilter(Set<String> triggers, List<Rule> rules) {
        words = List.copyOf(new LinkedHashSet<>(triggers));
        index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        List<int[]> kids = new ArrayList<>();
        List<Integer> term = new ArrayList<>();
        kids.add(new int[26]);
        term.add(-1);
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue; // only reachable from a word with other characters, which takes the slow way
            }
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                int c = word.charAt(i) - 'a';
                if (kids.get(node)[c] == 0) {
                    kids.get(node)[c] = kids.size();
                    kids.add(new int[26]);
                    term.add(-1);
                }
                node = kids.get(node)[c];
            }
            term.set(node, w);
        }
        children = new int[kids.size() * 26];
        for (int n = 0; n < kids.size(); n++) {
            System.arraycopy(kids.get(n), 0, children, n * 26, 26);
        }
        terminal = term.stream().mapToInt(Integer::intValue).toArray();
        if (rules == null) {
            ruleBits = null;
            allRulesFiltered = false;
        } else {
            ruleBits = new long[rules.size()][];
            for (Rule r : rules) {
                ruleBits[r.order()] = r.words() == null ? null : bits(r.words());
            }
            allRulesFiltered = rules.stream().allMatch(r -> r.words() != null);
        }
    }

    private long[] bits(Set<String> ws) {
        long[] b = new long[(words.size() + 63) >>> 6];
        for (String w : ws) {
            Integer i = index.get(w);
            if (i != null) {
                b[i >>> 6] |= 1L << i;
            }
        }
        return b;
    }

    /** Whether a sentence without any trigger word or digit can be skipped: no rule is tried everywhere. */
    boolean allRulesFiltered() {
        return allRulesFiltered;
    }

    /**
     * The trigger words found in the sentence (as prefixes of its words, so compounds such as "maandagavond"
     * count) and whether it has a digit.
     */
    static Hits scan(String sentence, Set<String> triggers) {
        return new PreFilter(triggers, null).scan(sentence);
    }

    Hits scan(String sentence) {
        long[] found = null;
        boolean digit = false;
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
                i++;
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            boolean ascii = true;
            char ch;
            while (j < n && Character.isLetter(ch = sentence.charAt(j))) {
                ascii &= ch < 128;
                j++;
            }
            if (j - i >= MIN) {
                found = ascii ? walk(sentence, i, j, found) : slow(sentence.substring(i, j), found);
            }
            i = j;
        }
        return new Hits(this, found, digit);
    }

    /** Marks the trigger words that are prefixes (of 3 to 16 letters) of an ASCII word. */
    private long[] walk(String s, int from, int to, long[] found) {
        int limit = Math.min(to - from, MAX);
        int node = 0;
        for (int k = 0; k < limit; k++) {
            int c = s.charAt(from + k) | 0x20; // ASCII letters: lower case
            node = children[node * 26 + c - 'a'];
            if (node == 0) {
                return found;
            }
            int w = terminal[node];
            if (w >= 0 && k + 1 >= MIN) {
                found = mark(found, w);
            }
        }
        return found;
    }

    private long[] slow(String word, long[] found) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.min(lower.length(), MAX);
        for (int k = MIN; k <= limit; k++) {
            Integer w = index.get(lower.substring(0, k));
            if (w != null) {
                found = mark(found, w);
            }
        }
        return found;
    }

    private long[] mark(long[] found, int w) {
        long[] f = found == null ? new long[(words.size() + 63) >>> 6] : found;
        f[w >>> 6] |= 1L << w;
        return f;
    }

    /** What the pre-filter saw in one sentence. */
    static final class Hits {
        private final PreFilter filter;
        private final long[] found;
        private final boolean digit;

        private Hits(PreFilter filter, long[] found, boolean digit) {
            this.filter = filter;
            this.found = found;
            this.digit = digit;
        }

        boolean empty() {
            return found == null && !digit;
        }

        boolean digit() {
            return digit;
        }

        /** The trigger words seen. */
        Set<String> words() {
            Set<String> out = new LinkedHashSet<>();
            for (int w = 0; found != null && w < filter.words.size(); w++) {
                if ((found[w >>> 6] & (1L << w)) != 0) {
                    out.add(filter.words.get(w));
                }
            }
            return out;
        }

        /** Whether the rule can match here: it may contain a digit we saw, or one of its words occurs. */
        boolean admits(Rule rule) {
            if (rule.words() == null || (digit && rule.digits())) {
                return true;
            }
            if (found == null) {
                return false;
            }
            long[] bits = filter.ruleBits != null && rule.order() < filter.ruleBits.length
                    ? filter.ruleBits[rule.order()] : filter.bits(rule.words());
            for (int i = 0; i < bits.length; i++) {
                if ((bits[i] & found[i]) != 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
