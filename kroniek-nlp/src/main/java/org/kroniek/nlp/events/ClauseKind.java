package org.kroniek.nlp.events;

/** How a clause hangs in its sentence; decides what the events inside it mean for the clause above. */
enum ClauseKind {
    MAIN,
    /** "dat ...", "of ...", an indirect question: the content of a speech verb or the object of an event verb. */
    COMPLEMENT,
    /** "die ...", "waarover ...": describes a noun, usually an actor ("milities die worden gesteund door Iran"). */
    RELATIVE,
    /** "omdat ...", "nadat ...", "sinds ...". */
    ADVERBIAL,
    /** "om ... te ...": a purpose or the content of a request. */
    PURPOSE,
    /** Words between quotation marks. */
    QUOTE
}
