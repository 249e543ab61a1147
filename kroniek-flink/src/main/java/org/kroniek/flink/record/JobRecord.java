package org.kroniek.flink.record;

import java.util.Objects;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/**
 * One input on its way through the job: a document (raw, then analysed) or the problem that stopped it, with its
 * place in the input order. Every input keeps its record to the end, failures included, so that the writer can
 * store documents in input order (the order {@code kroniek ingest} stores them in) without waiting for ever.
 *
 * <p>Mutable on purpose: the job runs with object reuse, so a document is analysed in place, not copied.
 */
public final class JobRecord {
    /** Not numbered yet (straight from the source). */
    public static final long UNNUMBERED = -1;

    private long ordinal = UNNUMBERED;
    private Document document;
    private DocumentError error;
    /** Computed before analysis, as the embedded ingest does (the identity decides "already stored"). */
    private String identity;
    private String contentHash;
    /** The input number of the document whose story this one joins (its own: it starts one), or {@link #UNNUMBERED}. */
    private long storyFounder = UNNUMBERED;

    public static JobRecord of(Document document) {
        JobRecord record = new JobRecord();
        record.document = Objects.requireNonNull(document);
        return record;
    }

    public static JobRecord failed(DocumentError error) {
        JobRecord record = new JobRecord();
        record.error = Objects.requireNonNull(error);
        return record;
    }

    /** Turns this record into a failure, keeping its place in the order. */
    public void fail(DocumentError problem) {
        this.error = Objects.requireNonNull(problem);
        this.document = null;
        this.identity = null;
        this.contentHash = null;
        this.storyFounder = UNNUMBERED;
    }

    public boolean isFailed() {
        return error != null;
    }

    public long ordinal() {
        return ordinal;
    }

    public void setOrdinal(long ordinal) {
        this.ordinal = ordinal;
    }

    public Document document() {
        return document;
    }

    public DocumentError error() {
        return error;
    }

    public String identity() {
        return identity;
    }

    public String contentHash() {
        return contentHash;
    }

    public void setIdentity(String identity, String contentHash) {
        this.identity = identity;
        this.contentHash = contentHash;
    }

    public long storyFounder() {
        return storyFounder;
    }

    public void setStoryFounder(long ordinal) {
        this.storyFounder = ordinal;
    }

    @Override
    public String toString() {
        return "#" + ordinal + " " + (error != null ? "failed " + error : document.getId());
    }
}
