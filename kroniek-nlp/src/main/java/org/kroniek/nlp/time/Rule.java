package org.kroniek.nlp.time;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One extraction rule: a compiled pattern, the TIMEX3 type, a value template and an optional fixed mod.
 * {@code groupLexicons} maps a named group to the lexicon whose values replace the matched words.
 * {@code words} are the trigger words a match may contain and {@code digits} whether it may contain digits (null
 * words: not known). They fed a per-sentence pre-filter that the shared automaton ({@link RuleStarts}) replaced;
 * nothing skips work on them any more.
 * {@code first} tells at which characters a match can begin.
 */
record Rule(String name, Pattern pattern, String type, ValueExpr value, String mod,
            Set<String> groups, Map<String, Map<String, String>> groupLexicons, int order,
            Set<String> words, boolean digits, FirstChars first) {
}
