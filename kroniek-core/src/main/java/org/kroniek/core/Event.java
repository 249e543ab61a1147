package org.kroniek.core;

/**
 * An event: PLOVER root type (plus STATEMENT and SEIZE), actor and target codes, place, date, mode
 * (asserted, planned, intended, negated, reported), the source of reported speech, and the index of
 * the sentence that reports it.
 */
public record Event(Trigger trigger, String type, String actor, String target, String location, String date,
                    String mode, String source, int sentence, double confidence) {
}
