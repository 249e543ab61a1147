package org.kroniek.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.kroniek.store.IdentityLookup;

/** Identity look-ups on a read connection of their own, for the reading thread. */
final class PostgresIdentityLookup implements IdentityLookup {
    private final PostgresUrl url;
    private final Connection connection;
    private final PreparedStatement query;

    PostgresIdentityLookup(PostgresUrl url) {
        this.url = url;
        this.connection = PostgresConnections.open(url, false);
        try {
            this.query = connection.prepareStatement("SELECT 1 FROM documents WHERE identity = ?");
        } catch (SQLException e) {
            close();
            throw PostgresConnections.failure("preparing a look-up on", url, e);
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
            throw PostgresConnections.failure("looking up a document in", url, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // read-only: nothing to lose
        }
    }
}
