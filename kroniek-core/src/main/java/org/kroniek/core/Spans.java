package org.kroniek.core;

/** Checks shared by every standoff layer. */
final class Spans {
    private Spans() {
    }

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
