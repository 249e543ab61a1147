package org.kroniek.core;

/** The words that express an event. */
public record Trigger(int start, int end, String text) {
    public Trigger {
        Spans.check(start, end);
    }
}
