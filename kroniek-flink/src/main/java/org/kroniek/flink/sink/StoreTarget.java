package org.kroniek.flink.sink;

import java.io.Serializable;
import java.nio.file.Path;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;

/**
 * Where the job writes: the one place that turns a store location into an open store — a directory (the embedded
 * SQLite + Lucene store) or a {@code postgresql://} URL (the shared PostgreSQL store), as {@link StoreAddress} reads it.
 */
public record StoreTarget(String location) implements Serializable {
    public StoreTarget {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a store location is needed (a directory or a postgresql:// URL)");
        }
    }

    public static StoreTarget directory(Path directory) {
        return new StoreTarget(directory.toString());
    }

    /** Opens the store for the job's single writer, creating it when absent. */
    public KroniekStore openForWriting() {
        return KroniekStore.openForWriting(StoreAddress.parse(location));
    }

    /** Opens the store for reading (tests, the command's summary). */
    public KroniekStore openForReading() {
        return KroniekStore.openForReading(StoreAddress.parse(location));
    }
}
