package org.kroniek.store.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.kroniek.store.IdentityLookup;

/** Identity look-ups on a connection of their own, for the reading thread. */
final class SqliteIdentityLookup implements IdentityLookup {
    private final Path database;
    private final Connection connection;
    private final PreparedStatement query;

    SqliteIdentityLookup(Path database) {
        this.database = database;
        try {
            this.connection = SqliteConnections.openForReading(database);
            this.query = connection.prepareStatement("SELECT 1 FROM documents WHERE identity = ?");
        } catch (SQLException e) {
            throw SqliteConnections.failure("opening a read connection", database, e);
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
            throw SqliteConnections.failure("looking up a document", database, e);
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
