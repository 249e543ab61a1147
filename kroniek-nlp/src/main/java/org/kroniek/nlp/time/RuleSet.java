package org.kroniek.nlp.time;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything loaded from one language's rule file; immutable, shared by all threads. */
record RuleSet(String language, Map<String, Map<String, String>> lexicons, List<Rule> rules,
               List<Prefix> prefixes, List<CuePattern> pastCues, List<CuePattern> futureCues, CuePattern clauseBreak, Tense defaultTense,
               Set<String> triggers, PreFilter preFilter, RuleStarts starts) {

    /** Whether a sentence without any trigger word or digit can be skipped: no rule is tried everywhere. */
    boolean allRulesFiltered() {
        return rules.stream().allMatch(r -> r.words() != null);
    }
}
