package org.kroniek.store;

import java.sql.Connection;
import java.util.Optional;
import org.kroniek.core.Document;
import org.kroniek.store.sql.SqlDialect;

/**
 * A {@link DocumentStore} on a JDBC database with the store schema, so that the store-side queries (stories,
 * timelines, actors, exports, the server's API) can run plain SQL on it: SQLite or PostgreSQL.
 */
public interface JdbcDocumentStore extends DocumentStore {
    /** The store's connection (for the writer: auto-commit off; not to be shared between threads). */
    Connection connection();

    /** A stored document with every layer. */
    Optional<Document> load(long seq);

    SqlDialect dialect();
}
