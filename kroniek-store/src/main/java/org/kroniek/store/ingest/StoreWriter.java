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
 *
 * <p>What depends on a document alone (encoded layers, MinHash fingerprint, the index's view of it, its story
 * item) comes ready in a {@link PreparedDocument}, built on the analysis threads; the index is fed and committed
 * on a thread of its own ({@link IndexFeeder}), in the same order. This thread does only what needs the store.
 */
public final class StoreWriter implements AutoCloseable {
    private final DocumentStore documents;
    private final IndexFeeder index;
    private final WriterSettings settings;
    private final NearDuplicateDetector detector;
    /** {@link #add(Document, DocumentIdentity, Long)}: the document starts a story of its own. */
    public static final long STARTS_STORY = 0;

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
        this.settings = settings;
        this.detector = new NearDuplicateDetector(settings.nearDuplicateThreshold());
        this.listener = listener;
        this.lastSequence = documents.lastSequence();
        this.runId = documents.beginRun(arguments);
        // Stories are linked after each batch commits, as the index is fed: linking can lag, never lead.
        this.stories = StoryLinker.open(store.connection(), StorySettings.defaults());
        stories.linkNew();
        // Last: its thread must not outlive a constructor that failed.
        this.index = new IndexFeeder(store.index());
    }

    /** Stores one analysed document unless it is already there. */
    public IngestOutcome add(Document document) {
        return add(document, DocumentIdentity.of(document));
    }

    /** As {@link #add(Document)}, with the identity already computed (before analysis, by the reader). */
    public IngestOutcome add(Document document, DocumentIdentity identity) {
        return add(document, identity, null);
    }

    /**
     * As {@link #add(Document, DocumentIdentity)}, with its story chosen upstream: {@code storyFounder} is the
     * sequence number of the document whose story it joins, {@link #STARTS_STORY} when it starts one, or null for
     * the store's clusterer to choose ({@link StoryLinker#follow}).
     */
    public IngestOutcome add(Document document, DocumentIdentity identity, Long storyFounder) {
        if (documents.findIdentity(identity.identity()).isPresent()) {
            counts.addUnchanged();
            return IngestOutcome.UNCHANGED;
        }
        return addNew(PreparedDocument.of(document, identity), storyFounder);
    }

    /**
     * As {@link #add(Document)}, with everything that depends on the document alone already computed (on an
     * analysis thread: see {@link ParallelIngest}).
     */
    public IngestOutcome add(PreparedDocument prepared) {
        if (documents.findIdentity(prepared.identity().identity()).isPresent()) {
            counts.addUnchanged();
            return IngestOutcome.UNCHANGED;
        }
        return addNew(prepared, null);
    }

    private IngestOutcome addNew(PreparedDocument prepared, Long storyFounder) {
        Document document = prepared.document();
        DocumentIdentity identity = prepared.identity();
        NearDuplicateDetector.Fingerprint fingerprint = prepared.fingerprint();
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
                    fingerprint.buckets(), Instant.now().toString(), runId, prepared.layers()));
        } catch (RuntimeException e) {
            abandonBatch(e);
            throw e;
        }
        lastSequence = sequence;
        stories.offer(sequence, prepared.storyItem());
        if (storyFounder != null) {
            // Before a flush below links this document.
            stories.follow(sequence, storyFounder == STARTS_STORY ? sequence : storyFounder);
        }
        if (batch.isEmpty()) {
            batchStartedNanos = System.nanoTime();
        }
        batch.add(prepared.indexed().at(sequence, duplicateOf));
        counts.addNew(duplicateOf != null);
        if (batch.size() >= settings.batchSize()
                || System.nanoTime() - batchStartedNanos >= settings.batchTime().toNanos()) {
            flush();
        }
        return duplicateOf == null ? IngestOutcome.NEW : IngestOutcome.DUPLICATE;
    }

    /** The sequence number of the last document this writer stored (0 before the first in an empty store). */
    public long lastSequence() {
        return lastSequence;
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
            index.add(batch);
            batch.clear();
            stories.linkNew();
        }
        if (System.nanoTime() - lastIndexCommitNanos >= settings.indexCommitTime().toNanos()) {
            commitIndex();
        }
    }

    /**
     * Commits the index through the last stored document and waits for it (and for the batches before it): at
     * most every few seconds, and then the index is as far as the database, as when it was fed on this thread.
     */
    private void commitIndex() {
        index.commit(lastSequence);
        index.drain();
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
            stories.forgetOffers();
            lastSequence = documents.lastSequence();
            stories.forgetChoicesAfter(lastSequence);
        }
    }

    /** Makes everything durable (database and index) and records the run. */
    @Override
    public void close() {
        try {
            flush();
            // On a shared (PostgreSQL) store another writer may have committed since this one last linked.
            stories.linkNew();
            commitIndex();
        } catch (RuntimeException e) {
            try {
                index.close();
            } catch (RuntimeException alsoIndex) {
                e.addSuppressed(alsoIndex);
            }
            throw e;
        }
        index.close();
        documents.finishRun(runId, counts);
    }
}
