package org.kroniek.nlp.events;

/**
 * An event being assembled for one sentence: its trigger words, type and where its verb stands. Mutable while
 * the rules decide roles, mode and whether it is kept.
 */
final class Candidate {
    final int first;
    final int last;
    final String type;
    /** A noun that stands alone (not carried by a verb): its roles come from its own phrase. */
    final boolean noun;
    final boolean weak;
    /** The position of the verb that carries the event (the trigger itself, or its support verb); -1 for nouns. */
    final int verb;
    final int clause;
    Roles roles = Roles.NONE;
    boolean dropped;
    boolean explicitAgent;
    String mode = Modes.ASSERTED;
    ActorSpan source;
    /** Where the speech or "volgens" that reports this event stands, -1 if not reported. */
    int reportedBy = -1;

    Candidate(int first, int last, String type, boolean noun, boolean weak, int verb, int clause) {
        this.first = first;
        this.last = last;
        this.type = type;
        this.noun = noun;
        this.weak = weak;
        this.verb = verb;
        this.clause = clause;
    }

    boolean covers(int position) {
        return position >= first && position <= last || position == verb;
    }
}
