package org.kroniek.nlp.events;

/** The factuality of an event, strongest first: what the words let a reader conclude about it happening. */
final class Modes {
    static final String NEGATED = "negated";
    static final String INTENDED = "intended";
    static final String PLANNED = "planned";
    static final String REPORTED = "reported";
    static final String ASSERTED = "asserted";

    private Modes() {
    }

    /** Keeps the stronger mode: negated > intended > planned > reported > asserted. */
    static String stronger(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String mode) {
        return switch (mode) {
            case NEGATED -> 4;
            case INTENDED -> 3;
            case PLANNED -> 2;
            case REPORTED -> 1;
            default -> 0;
        };
    }
}
