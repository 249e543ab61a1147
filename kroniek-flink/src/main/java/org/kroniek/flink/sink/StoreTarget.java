package org.kroniek.flink.sink;

import java.io.Serializable;
import java.nio.file.Path;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreException;

/**
 * Where the job writes: the one place that turns a store location into an open store. Today a directory (the
 * embedded SQLite + Lucene store, one writer); a {@code postgresql://} URL plugs in here and nowhere else.
 */
public record StoreTarget(String location) implements Serializable {
    public StoreTarget {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a store location is needed (a directory)");
        }
    }

    public static StoreTarget directory(Path directory) {
        return new StoreTarget(directory.toString());
    }

    /** Opens the store for the job's single writer, creating it when absent. */
    public KroniekStore openForWriting() {
        if (isUrl()) {
            throw new StoreException("the store location " + location + " is a URL; this build of kroniek-flink"
                    + " writes to a store directory only");
        }
        return KroniekStore.openForWriting(Path.of(location));
    }

    /** Opens the store for reading (tests, the command's summary). */
    public KroniekStore openForReading() {
        return KroniekStore.openForReading(Path.of(location));
    }

    private boolean isUrl() {
        return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }
}
