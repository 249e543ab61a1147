package org.kroniek.store;

/**
 * Makes the search index agree with the database, which is the source of truth. Documents are committed to the
 * database first and reach the index afterwards, so after a crash the index can only lag behind: everything
 * after its committed sequence number is re-added. (After a power cut with {@code synchronous=NORMAL} the
 * database may instead have lost its last batches: index entries beyond the database's last sequence go.)
 * If the counts still disagree the index is rebuilt from scratch.
 */
final class IndexReconciler {
    private IndexReconciler() {
    }

    static ReconcileReport reconcile(DocumentStore documents, SearchIndex index, String startedEmptyBecause) {
        long last = documents.lastSequence();
        long indexed = index.committedSequence();
        boolean removed = false;
        if (indexed > last) {
            index.deleteAfter(last);
            indexed = last;
            removed = true;
        }
        long[] added = {0};
        documents.forEachAfter(indexed, doc -> {
            index.add(doc);
            added[0]++;
        });
        if (added[0] > 0 || removed || index.committedSequence() != last) {
            index.commit(last);
        }
        String rebuilt = startedEmptyBecause;
        if (index.count() != documents.count()) {
            rebuilt = "the index held " + index.count() + " documents and the database " + documents.count();
            index.deleteAll();
            added[0] = 0;
            documents.forEachAfter(0, doc -> {
                index.add(doc);
                added[0]++;
            });
            index.commit(last);
        }
        return new ReconcileReport(added[0], removed, rebuilt);
    }
}
