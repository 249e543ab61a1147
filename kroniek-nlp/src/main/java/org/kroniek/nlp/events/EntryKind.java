package org.kroniek.nlp.events;

/** What a lexicon entry does: code an event, frame speech, lend its type to a noun, or mark the mode. */
enum EntryKind {
    /** Codes an event of the entry's PLOVER type. */
    EVENT,
    /** A speech verb: a STATEMENT by its subject; the events it reports become "reported". */
    SPEECH,
    /** A support verb ("onderhandelingen houden"): the event is the noun it governs. */
    LIGHT,
    /** The event in the clause did not happen or stopped ("liepen vast"). */
    FAIL,
    NEGATION,
    INTEND,
    PLAN,
    /** "must", "should": what a speaker says another actor must do is the speaker's demand. */
    OBLIGE;

    boolean isModeCue() {
        return this == NEGATION || this == INTEND || this == PLAN || this == OBLIGE;
    }
}
