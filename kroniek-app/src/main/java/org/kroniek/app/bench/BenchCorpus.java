package org.kroniek.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;

/** The documents a benchmark repeats: the bundled samples unless the user names a corpus. */
final class BenchCorpus {
    private BenchCorpus() {
    }

    static List<Document> read(Path path) {
        List<Document> docs = new ArrayList<>();
        new DocumentSource(ReaderOptions.defaults()).readAll(List.of(path.toString()), new DocumentSink() {
            @Override
            public void document(Document document) {
                docs.add(document);
            }

            @Override
            public void error(DocumentError error) {
                System.err.println("kroniek: skipped " + error);
            }
        });
        if (docs.isEmpty()) {
            throw new IllegalStateException("the corpus " + path + " has no readable documents");
        }
        return docs;
    }

    /** A fresh copy of a document's input (no layers), so that each run starts from the same state. */
    static Document copyInput(Document doc, String id) {
        Document copy = new Document(id, doc.getText());
        copy.setLanguage(doc.getLanguage());
        copy.setDct(doc.getDct());
        copy.setDctGranularity(doc.getDctGranularity());
        copy.setSource(doc.getSource());
        return copy;
    }
}
