package org.kroniek.ingest;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/** Keeps what a reader produced, for assertions. */
public final class CollectingSink implements DocumentSink {
    public final List<Document> documents = new ArrayList<>();
    public final List<DocumentError> errors = new ArrayList<>();
    public final List<DocumentError> warnings = new ArrayList<>();

    @Override
    public void document(Document document) {
        documents.add(document);
    }

    @Override
    public void error(DocumentError error) {
        errors.add(error);
    }

    @Override
    public void warning(DocumentError warning) {
        warnings.add(warning);
    }

    public Document only() {
        if (documents.size() != 1 || !errors.isEmpty()) {
            throw new AssertionError("expected one document and no errors, got " + documents + " and " + errors);
        }
        return documents.get(0);
    }
}
