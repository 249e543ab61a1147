package org.kroniek.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Documents, their layers and the facts drawn from them, kept durably: the source of truth of a store. The
 * embedded implementation is SQLite; the schema is plain SQL so that a PostgreSQL one (fed by Flink) can follow.
 *
 * <p>Writes happen in batches: {@link #insert} adds to the open batch, {@link #commit} makes it durable as one
 * transaction. Only one thread writes; {@link #openLookup()} gives other threads a read connection.
 */
public interface DocumentStore extends AutoCloseable {
    /** The highest sequence number stored, 0 when empty. */
    long lastSequence();

    long count();

    /** How many stored documents are near-duplicates linked to a first copy. */
    long duplicateCount();

    /** The sequence number of the document with this identity, including the open batch. */
    Optional<Long> findIdentity(String identity);

    /** The first stored document with exactly this normalised text, including the open batch. */
    Optional<DuplicateCandidate> findContent(String contentHash);

    /** Stored documents sharing at least one LSH bucket with these, including the open batch. */
    List<DuplicateCandidate> findBuckets(long[] buckets);

    /**
     * The sequence number for the next new document of this writer's open batch, {@code previous} being the last
     * one it used (or the store's last). Embedded: {@code previous + 1} (one writer). PostgreSQL: from a database
     * sequence, so that concurrent writers never hand out the same number.
     */
    default long allocateSequence(long previous) {
        return previous + 1;
    }

    void insert(DocumentToStore document);

    void commit();

    void rollback();

    /** Documents with a sequence number above {@code sequence}, in order, as the search index needs them. */
    void forEachAfter(long sequence, Consumer<IndexedDocument> action);

    /** For each given first copy, how many near-duplicates are linked to it (absent when none). */
    Map<Long, Integer> duplicatesPerDocument(Collection<Long> sequences);

    /** Records the start of an ingest run (committed at once) and returns its id. */
    long beginRun(String arguments);

    void finishRun(long runId, IngestCounts counts);

    /** A read connection for another thread. */
    IdentityLookup openLookup();

    @Override
    void close();
}
