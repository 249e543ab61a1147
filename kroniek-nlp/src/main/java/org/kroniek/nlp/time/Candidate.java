package org.kroniek.nlp.time;

import java.util.regex.MatchResult;

/** A rule match before overlap resolution and normalisation; offsets are relative to the sentence. */
record Candidate(int start, int end, Rule rule, MatchResult match) {
}
