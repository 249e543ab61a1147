package org.kroniek.store.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.SearchIndex;
import org.kroniek.store.StoreException;

/**
 * Adds committed batches to the search index and commits it, on a thread of its own, so that the single writer
 * thread goes on with the next batch meanwhile (analysing and inverting a batch's text costs about as much as
 * storing it). Tasks run in the order given, so the index still only holds documents the database has committed,
 * and a commit records a sequence number only after every batch up to it was added. At most {@link #MAX_PENDING}
 * batches wait, which bounds memory when the index is the slower side. A failure on the index thread is thrown
 * by the writer's next call.
 */
final class IndexFeeder implements AutoCloseable {
    static final int MAX_PENDING = 2;

    private final SearchIndex index;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().name("kroniek-index").daemon().unstarted(runnable));
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    /** Set by a failed task: later ones must not run, or a commit could claim documents that were never added. */
    private volatile boolean failed;

    IndexFeeder(SearchIndex index) {
        this.index = index;
    }

    /** Adds a batch whose database transaction has committed. */
    void add(List<IndexedDocument> batch) {
        List<IndexedDocument> documents = List.copyOf(batch);
        while (pending.size() >= MAX_PENDING) {
            await(pending.removeFirst());
        }
        submit(() -> documents.forEach(index::add));
    }

    /** Commits the index through {@code sequence} once everything given before is added. */
    void commit(long sequence) {
        submit(() -> {
            if (index.committedSequence() != sequence) {
                index.commit(sequence);
            }
        });
    }

    /** Waits until every task given so far has run; throws the first failure. */
    void drain() {
        while (!pending.isEmpty()) {
            await(pending.removeFirst());
        }
    }

    private void submit(Runnable task) {
        pending.addLast(thread.submit(() -> {
            if (failed) {
                throw new StoreException("the search index failed on an earlier batch");
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                failed = true;
                throw e;
            }
        }));
    }

    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the search index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new StoreException("the search index failed: " + e.getCause(), e.getCause());
        }
    }

    /** Waits for what was given, then stops the thread (also when waiting failed). */
    @Override
    public void close() {
        try {
            drain();
        } finally {
            thread.shutdownNow();
        }
    }
}
