package org.kroniek.nlp.time;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Everything loaded from one language's rule file; immutable, shared by all threads. */
record RuleSet(String language, Map<String, Map<String, String>> lexicons, List<Rule> rules,
               List<Prefix> prefixes, List<Pattern> pastCues, List<Pattern> futureCues, Pattern clauseBreak, Tense defaultTense,
               Set<String> triggers) {

    /** Whether a sentence without any trigger word or digit can be skipped: no rule is tried everywhere. */
    boolean allRulesFiltered() {
        return rules.stream().allMatch(r -> r.words() != null);
    }
}
