package org.kroniek.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiFunction;

/**
 * {@link IdentityLookup} on a read connection of its own (SQLite or PostgreSQL: the query is the same), for the
 * reading thread. It owns the connection and closes it.
 */
public final class JdbcIdentityLookup implements IdentityLookup {
    private final Connection connection;
    private final PreparedStatement query;
    /** Turns a driver failure (what was being done, the exception) into the store's own error message. */
    private final BiFunction<String, SQLException, StoreException> failure;

    public JdbcIdentityLookup(Connection connection, BiFunction<String, SQLException, StoreException> failure) {
        this.connection = connection;
        this.failure = failure;
        try {
            this.query = connection.prepareStatement("SELECT 1 FROM documents WHERE identity = ?");
        } catch (SQLException e) {
            close();
            throw failure.apply("preparing a document look-up", e);
        }
    }

    @Override
    public synchronized boolean contains(String identity) {
        try {
            query.setString(1, identity);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure.apply("looking up a document", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Read-only: nothing to lose.
        }
    }
}
