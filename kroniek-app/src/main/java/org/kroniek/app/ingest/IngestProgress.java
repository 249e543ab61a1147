package org.kroniek.app.ingest;

import org.kroniek.app.cli.Progress;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.IngestOutcome;

/** Shows an ingest's progress and reports each failed document on stderr. */
final class IngestProgress implements IngestListener {
    private final Progress progress;

    IngestProgress(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void stored(IngestOutcome outcome, Document document) {
        progress.advance(1);
    }

    @Override
    public void failed(DocumentError error) {
        progress.message("kroniek: error: " + error);
        progress.advance(1);
    }
}
