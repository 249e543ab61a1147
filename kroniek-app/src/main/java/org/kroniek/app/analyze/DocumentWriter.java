package org.kroniek.app.analyze;

import java.io.IOException;
import java.io.OutputStream;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/** Streams analysed documents (and, where the format has room for them, errors) to an output. */
public interface DocumentWriter extends AutoCloseable {
    void document(Document document) throws IOException;

    void error(DocumentError error) throws IOException;

    /** Finishes the output (closing brackets and the like); does not close the underlying stream. */
    @Override
    void close() throws IOException;

    static DocumentWriter create(OutputFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case json -> new JsonBatchWriter(out);
            case jsonl -> new JsonLinesWriter(out);
            case text -> new TextSummaryWriter(out);
        };
    }
}
