package org.kroniek.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.kroniek.store.postgres.PostgresUrl;

/**
 * Where a store lives: a directory (the embedded store: SQLite + Lucene) or a PostgreSQL database
 * ({@code postgresql://user@host:port/db} or {@code jdbc:postgresql://...}). Exactly one of the two is set.
 */
public final class StoreAddress {
    private final Path directory;
    private final PostgresUrl postgres;

    private StoreAddress(Path directory, PostgresUrl postgres) {
        this.directory = directory;
        this.postgres = postgres;
    }

    public static StoreAddress directory(Path directory) {
        return new StoreAddress(Objects.requireNonNull(directory), null);
    }

    public static StoreAddress postgres(PostgresUrl url) {
        return new StoreAddress(null, Objects.requireNonNull(url));
    }

    /** A directory path or a PostgreSQL URL, as typed after {@code --store}; the password may come from PGPASSWORD. */
    public static StoreAddress parse(String value, Map<String, String> environment) {
        if (PostgresUrl.looksLikeOne(value)) {
            return postgres(PostgresUrl.parse(value, environment));
        }
        return directory(Path.of(value));
    }

    public static StoreAddress parse(String value) {
        return parse(value, System.getenv());
    }

    public boolean isPostgres() {
        return postgres != null;
    }

    /** The store directory; only for a directory address. */
    public Path path() {
        if (directory == null) {
            throw new StoreException("the store " + this + " is a PostgreSQL database, not a directory");
        }
        return directory;
    }

    /** The database; only for a PostgreSQL address. */
    public PostgresUrl postgresUrl() {
        if (postgres == null) {
            throw new StoreException("the store " + this + " is a directory, not a PostgreSQL database");
        }
        return postgres;
    }

    /** For messages: the directory, or the URL without its password. */
    @Override
    public String toString() {
        return directory != null ? directory.toString() : postgres.display();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreAddress a && Objects.equals(directory, a.directory)
                && Objects.equals(postgres, a.postgres);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directory, postgres);
    }
}
