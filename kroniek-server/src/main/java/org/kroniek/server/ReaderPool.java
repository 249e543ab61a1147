package org.kroniek.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;

/**
 * Read-only views of the store, one per concurrent request. A {@link KroniekStore} opened for reading holds one
 * database connection (SQLite, or PostgreSQL) and, for a directory, one Lucene reader, and must not be shared
 * between threads, so requests borrow one. A view
 * older than the last ingest (or than {@code maxAge}, for ingests by another process) is reopened when returned,
 * so searches see new documents within that time.
 */
public final class ReaderPool implements AutoCloseable {
    private final StoreAddress directory;
    private final BlockingQueue<Slot> idle;
    private final AtomicLong generation = new AtomicLong();
    private final long maxAgeNanos;
    private volatile boolean closed;

    public ReaderPool(StoreAddress directory, int size, long maxAgeMillis) {
        this.directory = directory;
        this.idle = new ArrayBlockingQueue<>(size);
        this.maxAgeNanos = TimeUnit.MILLISECONDS.toNanos(maxAgeMillis);
        for (int i = 0; i < size; i++) {
            idle.add(new Slot());
        }
    }

    /** Called after the server committed new documents: every view reopens before its next use. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    public Lease borrow() {
        Slot slot;
        try {
            slot = idle.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down");
        }
        if (slot == null || closed) {
            if (slot != null) {
                idle.add(slot);
            }
            throw new ApiException(503, "the server is too busy; try again");
        }
        try {
            slot.refresh();
        } catch (RuntimeException e) {
            idle.add(slot);
            throw e;
        }
        return new Lease(slot);
    }

    @Override
    public void close() {
        closed = true;
        for (Slot slot : idle) {
            slot.closeStore();
        }
    }

    /** A pooled view, returned with {@link #close()}. */
    public final class Lease implements AutoCloseable {
        private final Slot slot;

        private Lease(Slot slot) {
            this.slot = slot;
        }

        public KroniekStore store() {
            return slot.store;
        }

        @Override
        public void close() {
            if (closed) {
                slot.closeStore();
            }
            idle.add(slot);
        }
    }

    private final class Slot {
        private KroniekStore store;
        private long openedGeneration;
        private long openedNanos;

        void refresh() {
            boolean stale = store != null && (openedGeneration != generation.get()
                    || System.nanoTime() - openedNanos > maxAgeNanos);
            if (stale) {
                closeStore();
            }
            if (store == null) {
                openedGeneration = generation.get();
                openedNanos = System.nanoTime();
                store = KroniekStore.openForReading(directory);
            }
        }

        void closeStore() {
            if (store != null) {
                store.close();
                store = null;
            }
        }
    }
}
