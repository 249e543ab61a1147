package org.kroniek.ingest.readers;

import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.TextInput;
import org.kroniek.ingest.UnreadableInputException;

/**
 * Turns one decoded input into documents. Problems with a single item of a multi-document input (a JSON
 * Lines record, a feed item) go to the sink as errors; a problem with the input as a whole is thrown.
 *
 * <p>Readers fill in what the format itself says (id, source, title, DCT, a language hint, ...); the caller
 * adds the fallback DCT and identifies the language.
 */
public interface DocumentReader {
    void read(TextInput input, DocumentSink sink) throws UnreadableInputException;
}
