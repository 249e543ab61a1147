package org.kroniek.store;

import java.nio.file.Path;

/**
 * Where a store keeps its parts: {@code kroniek.db} (SQLite, the source of truth) and {@code index/} (Lucene,
 * rebuilt from the database whenever it lags behind or is lost).
 */
public record StoreLayout(Path directory) {
    public static final String DATABASE_FILE = "kroniek.db";
    public static final String INDEX_DIRECTORY = "index";

    public StoreLayout {
        directory = directory.toAbsolutePath().normalize();
    }

    public Path database() {
        return directory.resolve(DATABASE_FILE);
    }

    public Path index() {
        return directory.resolve(INDEX_DIRECTORY);
    }
}
