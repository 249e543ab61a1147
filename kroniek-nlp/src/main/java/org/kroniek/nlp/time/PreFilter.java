package org.kroniek.nlp.time;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap scan run before the rules: a rule is tried on a sentence only if the sentence has a digit the rule
 * could use or a word that starts with one of the rule's trigger words (weekday, month, unit...). Most
 * sentences of an article have none, and most rules are skipped in the others.
 */
final class PreFilter {
    private static final int MIN = 3;
    private static final int MAX = 16;

    private PreFilter() {
    }

    /**
     * The trigger words found in the sentence (as prefixes of its words, so compounds such as "maandagavond"
     * count) and whether it has a digit.
     */
    static Hits scan(String sentence, Set<String> triggers) {
        Set<String> found = null;
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
            while (j < n && Character.isLetter(sentence.charAt(j))) {
                j++;
            }
            if (j - i >= MIN) {
                String word = sentence.substring(i, j).toLowerCase(Locale.ROOT);
                int limit = Math.min(word.length(), MAX);
                for (int k = MIN; k <= limit; k++) {
                    String prefix = word.substring(0, k);
                    if (triggers.contains(prefix)) {
                        if (found == null) {
                            found = new HashSet<>();
                        }
                        found.add(prefix);
                    }
                }
            }
            i = j;
        }
        return new Hits(found == null ? Set.of() : found, digit);
    }

    /** What the pre-filter saw in one sentence. */
    record Hits(Set<String> words, boolean digit) {
        boolean empty() {
            return words.isEmpty() && !digit;
        }

        /** Whether the rule can match here: it may contain a digit we saw, or one of its words occurs. */
        boolean admits(Rule rule) {
            if (rule.words() == null || (digit && rule.digits())) {
                return true;
            }
            for (String w : words) {
                if (rule.words().contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }
}
