/**
 * TIMEX3 time expressions for Dutch and English: {@link org.kroniek.nlp.time.TimexStage} (pipeline stage "time")
 * and {@link org.kroniek.nlp.time.TimexAnnotator} (plain strings).
 *
 * <p>What is recognised lives in one rule file per language ({@code nl.rules}, {@code en.rules} next to these
 * classes): lexicons, patterns with value templates, modifier prefixes and tense cues; the file format is
 * described in {@code RuleFileParser}. The Java code only matches, resolves overlaps (longest match wins) and
 * evaluates the value templates ({@code Normalizer}) against the document creation time and the tense of the
 * clause. Precision is never invented: with a month-only dct a weekday stays {@code XXXX-WXX-2}.
 */
package org.kroniek.nlp.time;
