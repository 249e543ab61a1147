package org.kroniek.ingest.readers;

import org.kroniek.core.Document;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.TextInput;
import org.kroniek.ingest.UnreadableInputException;

/** Reads a plain text file as one document. It carries no title or date of its own. */
public final class PlainTextReader implements DocumentReader {
    @Override
    public void read(TextInput input, DocumentSink sink) throws UnreadableInputException {
        String text = BodyText.clean(input.text());
        if (text.isEmpty()) {
            throw new UnreadableInputException("empty file (only white space)");
        }
        Document document = new Document(input.stem(), text);
        document.setSource(input.source());
        sink.document(document);
    }
}
