package org.kroniek.store.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kroniek.core.Document;
import org.kroniek.store.DocumentStore;
import org.kroniek.store.DocumentToStore;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.SearchIndex;
import org.kroniek.store.dedup.DocumentIdentity;
import org.kroniek.store.dedup.NearDuplicate;
import org.kroniek.store.dedup.NearDuplicateDetector;
import org.kroniek.store.stories.StoryLinker;
import org.kroniek.store.stories.StorySettings;

/**
 * Adds analysed documents to a store, one thread only. The order of durability is what makes a crash harmless:
 * <ol>
 *   <li>documents go into the database in batches, one transaction each;</li>
 *   <li>only after a batch is committed are its documents added to the search index;</li>
 *   <li>the index is committed now and then, recording the highest sequence number it holds.</li>
 * </ol>
 * A crash anywhere loses at most the open batch (the next run stores it again: identities make that exact) and
 * leaves the index behind the database (the next open re-adds the difference).
 */
public final class StoreWriter implements AutoCloseable {
    private final DocumentStore documents;
    private final SearchIndex index;
    private final WriterSettings settings;
    private final NearDuplicateDetector detector;
    private final IngestListener listener;
    private final IngestCounts counts = new IngestCounts();
    private final List<IndexedDocument> batch = new ArrayList<>();
    private final long runId;
    private final StoryLinker stories;
    private long lastSequence;
    private long batchStartedNanos;
    private long lastIndexCommitNanos = System.nanoTime();

    public StoreWriter(KroniekStore store, WriterSettings settings, IngestListener listener, String arguments) {
        this.documents = store.documents();
        this.index = store.index();
        this.settings = settings;
        this.detector = new NearDuplicateDetector(settings.nearDuplicateThreshold());
        this.listener = listener;
        this.lastSequence = documents.lastSequence();
        this.runId = documents.beginRun(arguments);
        // Stories are linked after each batch commits, as the index is fed: linking can lag, never lead.
        this.stories = StoryLinker.open(store.connection(), StorySettings.defaults());
        stories.linkNew();
    }

    /** Stores one analysed document unless it is already there. */
    public IngestOutcome add(Document document) {
        return add(document, DocumentIdentity.of(document));
    }

    /** As {@link #add(Document)}, with the identity already computed (before analysis, by the reader). */
    public IngestOutcome add(Document document, DocumentIdentity identity) {
        if (documents.findIdentity(identity.identity()).isPresent()) {
            counts.addUnchanged();
            return IngestOutcome.UNCHANGED;
        }
        NearDuplicateDetector.Fingerprint fingerprint = detector.fingerprint(document.getText());
        Optional<NearDuplicate> duplicate = detector.find(documents, identity.contentHash(), fingerprint);
        long sequence;
        try {
            sequence = documents.allocateSequence(lastSequence);
        } catch (RuntimeException e) {
            abandonBatch(e);
            throw e;
        }
        Long duplicateOf = duplicate.map(NearDuplicate::firstCopy).orElse(null);
        try {
            documents.insert(new DocumentToStore(sequence, identity.identity(), identity.contentHash(), document,
                    duplicateOf, duplicate.map(NearDuplicate::similarity).orElse(null), fingerprint.signature(),
                    fingerprint.buckets(), Instant.now().toString(), runId));
        } catch (RuntimeException e) {
            abandonBatch(e);
            throw e;
        }
        lastSequence = sequence;
        if (batch.isEmpty()) {
            batchStartedNanos = System.nanoTime();
        }
        batch.add(IndexedDocument.of(sequence, document, duplicateOf));
        counts.addNew(duplicateOf != null);
        if (batch.size() >= settings.batchSize()
                || System.nanoTime() - batchStartedNanos >= settings.batchTime().toNanos()) {
            flush();
        }
        return duplicateOf == null ? IngestOutcome.NEW : IngestOutcome.DUPLICATE;
    }

    /** Counts an input that was already stored, found before analysis. */
    public void countUnchanged() {
        counts.addUnchanged();
    }

    public void countFailed() {
        counts.addFailed();
    }

    public IngestCounts counts() {
        return counts;
    }

    /** Commits the open batch to the database, then hands it to the index (committed when due). */
    public void flush() {
        if (!batch.isEmpty()) {
            try {
                documents.commit();
            } catch (RuntimeException e) {
                abandonBatch(e);
                throw e;
            }
            listener.committed(lastSequence);
            stories.linkNew();
            for (IndexedDocument doc : batch) {
                index.add(doc);
            }
            batch.clear();
        }
        if (System.nanoTime() - lastIndexCommitNanos >= settings.indexCommitTime().toNanos()) {
            commitIndex();
        }
    }

    private void commitIndex() {
        if (index.committedSequence() != lastSequence) {
            index.commit(lastSequence);
        }
        lastIndexCommitNanos = System.nanoTime();
    }

    /**
     * Rolls the open batch back after {@code cause}. SQLite has often rolled back already (a full disk does), so a
     * failing rollback is kept as a suppressed exception: the user must see the cause ("the disk is full").
     */
    private void abandonBatch(RuntimeException cause) {
        try {
            documents.rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        } finally {
            batch.clear();
            lastSequence = documents.lastSequence();
        }
    }

    /** Makes everything durable (database and index) and records the run. */
    @Override
    public void close() {
        flush();
        // On a shared (PostgreSQL) store another writer may have committed since this one last linked.
        stories.linkNew();
        commitIndex();
        documents.finishRun(runId, counts);
    }
}
