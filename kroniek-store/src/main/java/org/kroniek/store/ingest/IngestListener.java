package org.kroniek.store.ingest;

import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/** Hears about each document as an ingest goes (progress, logs, tests); called on the writing thread. */
public interface IngestListener {
    default void stored(IngestOutcome outcome, Document document) {
    }

    default void failed(DocumentError error) {
    }

    /** A batch is durable in the database, up to and including this sequence number. */
    default void committed(long throughSequence) {
    }
}
