package org.kroniek.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.kroniek.store.StoreException;

/** Opens connections to a PostgreSQL store and turns driver errors into messages a user can act on. */
public final class PostgresConnections {
    private PostgresConnections() {
    }

    /** A connection with auto-commit off (writers) or a read-only one in auto-commit mode (readers). */
    public static Connection open(PostgresUrl url, boolean writable) {
        Properties properties = new Properties();
        if (url.user() != null) {
            properties.setProperty("user", url.user());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        properties.setProperty("ApplicationName", "kroniek");
        properties.setProperty("connectTimeout", "10");
        // Batched inserts are sent as multi-row statements: far fewer round trips per document.
        properties.setProperty("reWriteBatchedInserts", "true");
        try {
            Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
            if (writable) {
                connection.setAutoCommit(false);
            } else {
                connection.setReadOnly(true);
            }
            return connection;
        } catch (SQLException e) {
            throw failure("connecting to", url, e);
        }
    }

    /** A store error naming the database (never its password) and what is wrong. */
    public static StoreException failure(String what, PostgresUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        String store = "the PostgreSQL store " + url.display();
        if (state.startsWith("08")) {
            return new StoreException("cannot connect to " + store + ": " + message
                    + " (is the server running and reachable?)", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreException("cannot log in to " + store + ": " + message
                    + " (check the user, and the password in the URL or PGPASSWORD)", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(store + " does not exist: create it first (createdb " + url.database() + ")", e);
        }
        if (state.equals("42501")) {
            return new StoreException("no permission on " + store + ": " + message, e);
        }
        if (state.equals("53100")) {
            return new StoreException("cannot write " + store + ": the disk is full", e);
        }
        return new StoreException(what + " " + store + " failed: " + message, e);
    }
}
