package org.kroniek.server;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreException;

/**
 * The server's hold on a store. Reads go through a {@link ReaderPool} (one shared search index, pooled database
 * connections; any number at once); writes run on one thread that owns the store opened for writing, which is
 * how SQLite and Lucene want a single writer. In
 * read-only mode (asked for, or because another process holds the write lock) there is no writer.
 */
public final class StoreAccess implements AutoCloseable {
    private final KroniekStore writer;
    private final ExecutorService writeThread;
    private final ReaderPool readers;
    private final String readOnlyReason;

    private StoreAccess(KroniekStore writer, ReaderPool readers, String readOnlyReason) {
        this.writer = writer;
        this.readers = readers;
        this.readOnlyReason = readOnlyReason;
        this.writeThread = writer == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kroniek-writer");
            t.setDaemon(true);
            return t;
        });
    }

    public static StoreAccess open(ServerConfig config) {
        KroniekStore writer = null;
        String reason = config.readOnly() ? "the server was started with --read-only" : null;
        if (!config.readOnly()) {
            try {
                writer = KroniekStore.openForWriting(config.store());
                // Readers need a committed index, also for a store that was just created.
                writer.index().commit(writer.documents().lastSequence());
            } catch (StoreException e) {
                if (!e.getMessage().contains("in use by another kroniek process")) {
                    throw e;
                }
                reason = "another kroniek process is writing to the store";
            }
        }
        // Database connections for concurrent requests (the search index is one, shared); cheap to hold.
        int size = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        ReaderPool pool;
        try {
            pool = new ReaderPool(config.store(), size, 5_000);
        } catch (RuntimeException e) {
            if (writer != null) {
                writer.close();
            }
            throw e;
        }
        return new StoreAccess(writer, pool, reason);
    }

    /** Runs a read against a pooled view of the store. */
    public <T> T read(Function<KroniekStore, T> query) {
        try (ReaderPool.Lease lease = readers.borrow()) {
            return query.apply(lease.store());
        }
    }

    /** Moves whenever reads may see something new; see {@link ReaderPool#version()}. */
    public long version() {
        return readers.version();
    }

    /** Why writes are refused, or null when this server can ingest. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** Runs a write on the writer thread and waits for it; readers see the result afterwards. */
    public <T> T write(Function<KroniekStore, T> update) {
        if (writer == null) {
            throw new ApiException(503, "this server cannot store documents: " + readOnlyReason);
        }
        Callable<T> task = () -> update.apply(writer);
        Future<T> result = writeThread.submit(task);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            readers.invalidate();
        }
    }

    @Override
    public void close() {
        try {
            if (writeThread != null) {
                writeThread.shutdown();
                try {
                    writeThread.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            readers.close();
            if (writer != null) {
                writer.close();
            }
        }
    }
}
