package org.kroniek.store.ingest;

/** What happened to one analysed document. */
public enum IngestOutcome {
    /** Stored as a new article. */
    NEW,
    /** Stored, and linked to the first copy of the same (or nearly the same) text. */
    DUPLICATE,
    /** Already in the store: nothing written. */
    UNCHANGED
}
