package org.kroniek.store;

/**
 * What one ingest run did. {@code newDocuments} includes the near-duplicates, which are stored but linked to
 * the first copy ({@code duplicates}) rather than counted as separate articles.
 */
public final class IngestCounts {
    private long newDocuments;
    private long duplicates;
    private long unchanged;
    private long failed;

    public void addNew(boolean duplicate) {
        newDocuments++;
        if (duplicate) {
            duplicates++;
        }
    }

    public void addUnchanged() {
        unchanged++;
    }

    public void addFailed() {
        failed++;
    }

    public long newDocuments() {
        return newDocuments;
    }

    public long duplicates() {
        return duplicates;
    }

    public long unchanged() {
        return unchanged;
    }

    public long failed() {
        return failed;
    }

    public long processed() {
        return newDocuments + unchanged + failed;
    }
}
