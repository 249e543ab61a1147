package org.kroniek.ingest;

import java.time.Instant;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.ingest.lang.LanguageGuess;
import org.kroniek.ingest.lang.LanguageIdentifier;

/**
 * Sits between a reader and the caller's sink: gives each document its fallback DCT and its language, and
 * turns documents in languages kroniek cannot analyse into errors.
 */
final class CompletingSink implements DocumentSink {
    /** The caller's sink failed (e.g. its output closed): not an input problem, so it must not be reported as one. */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private final DocumentSink target;
    private final DctFallback dctFallback;
    private final LanguageIdentifier languages;
    private final Instant lastModified;
    private EncodingDetector.Decoded encoding;

    CompletingSink(DocumentSink target, DctFallback dctFallback, LanguageIdentifier languages, Instant lastModified) {
        this.target = target;
        this.dctFallback = dctFallback;
        this.languages = languages;
        this.lastModified = lastModified;
    }

    /** Marks every document of this input with the charset it was read with, when that was not plain UTF-8. */
    void recordEncoding(EncodingDetector.Decoded decoded) {
        this.encoding = decoded;
    }

    @Override
    public void document(Document document) {
        dctFallback.apply(document, lastModified);
        if (encoding != null && (!encoding.charset().equals("UTF-8") || encoding.warning() != null)) {
            document.getMetadata().put("encoding", encoding.charset());
            if (encoding.warning() != null) {
                document.getMetadata().put("encodingWarning", encoding.warning());
            }
        }
        LanguageGuess guess = languages.identify(document.getText(), document.getLanguage());
        document.setLanguage(guess.language());
        switch (guess.basis()) {
            case MODEL -> document.getMetadata().put("languageConfidence", Math.round(guess.confidence() * 1000) / 1000.0);
            case DEFAULT -> document.getMetadata().put("languageSource", "default: text too short to identify");
            case HINT -> { }
        }
        if (!guess.language().equals("nl") && !guess.language().equals("en")) {
            error(DocumentError.of(document.getSource(), "language '" + guess.language()
                    + "' is not supported (kroniek reads nl and en); skipped"));
            return;
        }
        try {
            target.document(document);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    @Override
    public void warning(DocumentError warning) {
        try {
            target.warning(warning);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    @Override
    public void error(DocumentError error) {
        try {
            target.error(error);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }
}
