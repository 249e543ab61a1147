package org.kroniek.ingest.readers;

import org.kroniek.core.Document;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.TextInput;
import org.kroniek.ingest.UnreadableInputException;

/** Reads the seed format: a {@link SeedHeader} line, then the body. The header is never part of the text. */
public final class SeedReader implements DocumentReader {
    @Override
    public void read(TextInput input, DocumentSink sink) throws UnreadableInputException {
        String raw = stripBom(input.text());
        SeedHeader header = SeedHeader.parse(raw).orElseThrow(() -> new UnreadableInputException(
                "no seed header on the first line (expected ' date YYYY-MM ...')"));
        String text = BodyText.clean(raw.substring(header.bodyStart()));
        if (text.isEmpty()) {
            throw new UnreadableInputException("seed file has a header but no text");
        }
        Document document = new Document(input.stem(), text);
        document.setSource(input.source());
        header.dct().applyTo(document);
        document.setByline(header.byline());
        document.setPublisher(header.publisher());
        if (header.warning() != null) {
            document.getMetadata().put("dctWarning", header.warning());
        }
        sink.document(document);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
