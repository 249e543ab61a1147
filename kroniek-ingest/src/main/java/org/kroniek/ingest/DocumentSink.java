package org.kroniek.ingest;

import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/** Receives what readers produce, one document or one error at a time, in input order. */
public interface DocumentSink {
    void document(Document document);

    void error(DocumentError error);
}
