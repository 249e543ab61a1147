package org.kroniek.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;
import org.kroniek.store.StoreLayout;
import org.kroniek.store.search.LuceneSearchIndex;

/**
 * Read-only views of the store for concurrent requests. Only database connections, which must not be shared
 * between threads, are pooled, one per view; they never need reopening (SQLite in WAL mode and PostgreSQL show
 * each query the last commit). For a store directory one Lucene index (its searcher is thread-safe) serves every
 * request: it moves to a newer commit when the server's own writer says so ({@link #invalidate()}) and, for
 * ingests by another process, when a check at most every {@code maxAge} finds one; a search never waits for that:
 * the first request due does the check while the others go on with the searcher they have. A PostgreSQL store is
 * its own index, so there is nothing to refresh.
 */
public final class ReaderPool implements AutoCloseable {
    private final BlockingQueue<KroniekStore> idle;
    private final List<KroniekStore> all = new ArrayList<>();
    /** The shared Lucene index of a store directory; null for PostgreSQL. */
    private final LuceneSearchIndex index;
    private final long maxAgeNanos;
    private final AtomicBoolean stale = new AtomicBoolean();
    private final AtomicLong version = new AtomicLong();
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile long checkedNanos = System.nanoTime();
    private volatile boolean closed;

    public ReaderPool(StoreAddress store, int size, long maxAgeMillis) {
        this.maxAgeNanos = TimeUnit.MILLISECONDS.toNanos(maxAgeMillis);
        this.idle = new ArrayBlockingQueue<>(size);
        this.index = store.isPostgres() ? null : LuceneSearchIndex.openForReading(new StoreLayout(store.path()).index());
        try {
            for (int i = 0; i < size; i++) {
                KroniekStore view = index == null ? KroniekStore.openForReading(store)
                        : KroniekStore.openSharing(store.path(), index);
                all.add(view);
                idle.add(view);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Called after the server committed new documents: the next request opens the new index commit. */
    public void invalidate() {
        version.incrementAndGet();
        stale.set(true);
    }

    /**
     * Moves whenever what readers see may have changed (a write by this server, a newer index commit from
     * another process), so cached answers know when they are old.
     */
    public long version() {
        return version.get();
    }

    public Lease borrow() {
        if (closed) {
            throw new ApiException(503, "the server is shutting down");
        }
        refreshIfDue();
        KroniekStore view;
        try {
            view = idle.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down");
        }
        if (view == null) {
            throw new ApiException(503, "the server is too busy; try again");
        }
        return new Lease(view);
    }

    private void refreshIfDue() {
        boolean due = stale.get() || System.nanoTime() - checkedNanos > maxAgeNanos;
        if (due && refreshing.tryLock()) {
            try {
                // Cleared before the check, so an invalidation during it is not lost.
                stale.set(false);
                checkedNanos = System.nanoTime();
                // Without a Lucene index (PostgreSQL) another process's writes are visible at once, but a cached
                // answer cannot know of them: moving the version every maxAge bounds how old it can be.
                if (index == null || index.refreshIfChanged()) {
                    version.incrementAndGet();
                }
            } finally {
                refreshing.unlock();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (KroniekStore view : all) {
            view.close();
        }
        if (index != null) {
            index.close();
        }
    }

    /** A pooled view, returned with {@link #close()}. */
    public final class Lease implements AutoCloseable {
        private final KroniekStore view;

        private Lease(KroniekStore view) {
            this.view = view;
        }

        public KroniekStore store() {
            return view;
        }

        @Override
        public void close() {
            idle.add(view);
        }
    }
}
