package org.kroniek.core;

/** A TIMEX3 time expression: type DATE, TIME, DURATION or SET, a TimeML value and an optional mod. */
public record Timex(int start, int end, String text, String type, String value, String mod) {
    public Timex {
        Spans.check(start, end);
    }
}
