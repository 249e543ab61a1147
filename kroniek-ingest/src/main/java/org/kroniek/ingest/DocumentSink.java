package org.kroniek.ingest;

import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/** Receives what readers produce, one document or one error at a time, in input order. */
public interface DocumentSink {
    void document(Document document);

    void error(DocumentError error);

    /**
     * Something the user should know about an input that was still read (e.g. it was not UTF-8 and was read as
     * Windows-1252). Ignored unless the sink cares.
     */
    default void warning(DocumentError warning) {
    }
}
