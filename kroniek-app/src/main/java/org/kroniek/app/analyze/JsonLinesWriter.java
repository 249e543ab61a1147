package org.kroniek.app.analyze;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.DocumentJson;

/** One analysed document per line; errors go to stderr only, so every line stays a document. */
final class JsonLinesWriter implements DocumentWriter {
    private final OutputStream out;

    JsonLinesWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void document(Document document) throws IOException {
        out.write(DocumentJson.toLine(document).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    @Override
    public void error(DocumentError error) {
        // reported on stderr by the command
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
