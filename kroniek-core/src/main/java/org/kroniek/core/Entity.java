package org.kroniek.core;

/**
 * A named-entity mention (CoNLL-2002 type PER, LOC, ORG or MISC), optionally linked to a canonical
 * English name and a CAMEO-style actor code such as {@code SYR:GOV}.
 */
public record Entity(int start, int end, String text, String type, String canonical, String actor,
                     double confidence) {
    public Entity {
        Spans.check(start, end);
    }
}
