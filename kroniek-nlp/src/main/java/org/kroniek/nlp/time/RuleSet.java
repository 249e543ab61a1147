package org.kroniek.nlp.time;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything loaded from one language's rule file; immutable, shared by all threads. */
record RuleSet(String language, Map<String, Map<String, String>> lexicons, List<Rule> rules,
               List<Prefix> prefixes, List<CuePattern> pastCues, List<CuePattern> futureCues, CuePattern clauseBreak, Tense defaultTense,
               Set<String> triggers, RuleStarts starts, RuleStarts cueStarts, RuleStarts prefixStarts) {
}
