package org.kroniek.store;

import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchResults;

/**
 * Full-text search over stored documents. The index is derived data: each commit records the highest document
 * sequence number it holds, and everything after that is re-added from the {@link DocumentStore} on open.
 */
public interface SearchIndex extends AutoCloseable {
    /** The highest sequence number in the last commit (0 when empty): every stored document up to it is indexed. */
    long committedSequence();

    /** Adds a document; visible to searches of this process at once, durable at the next {@link #commit}. */
    void add(IndexedDocument document);

    /** Makes all added documents durable and records {@code throughSequence} with them. */
    void commit(long throughSequence);

    /** Removes documents with a sequence number above this one (the database lost them). */
    void deleteAfter(long sequence);

    void deleteAll();

    long count();

    SearchResults search(SearchRequest request) throws QuerySyntaxException;

    @Override
    void close();
}
