package org.kroniek.store.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.kroniek.store.StoreException;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections configured the way the store needs them. */
final class SqliteConnections {
    private SqliteConnections() {
    }

    /**
     * A write connection: WAL journal (readers never block the writer, and a crash leaves the last committed
     * transaction intact) with {@code synchronous=NORMAL}: a commit survives a killed process, only a power cut
     * may roll back the last few batches; the store is still consistent then, the next ingest stores those
     * documents again, and the index drops what the database lost. FULL would fsync every batch for nothing
     * that reconciliation does not already cover.
     *
     * <p>For ingest speed: a 64 MB page cache (SQLite's default is 2 MB, while every document updates random pages
     * of the identity, content-hash and LSH-bucket indexes, which then had to be read back from the file) and a
     * WAL checkpoint every 16,384 pages (64 MB) instead of every 1,000 (a batch of 256 documents writes about
     * that much, so nearly every batch paid a checkpoint that rewrote the same index pages). Neither changes what
     * a commit guarantees; the WAL is folded into the database when the store closes. Generated keys are off:
     * nothing asks for them, and the driver otherwise queries the last row id after every insert.
     */
    static Connection openForWriting(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-64 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "16384");
        config.setGetGeneratedKeys(false);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        Connection connection = config.createConnection("jdbc:sqlite:" + database);
        connection.setAutoCommit(false);
        return connection;
    }

    static Connection openForReading(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try {
            return queryOnly(config.createConnection("jdbc:sqlite:" + database));
        } catch (SQLException e) {
            Path directory = database.toAbsolutePath().getParent();
            if (!String.valueOf(e.getMessage()).contains("SQLITE_CANTOPEN") || Files.isWritable(directory)
                    || !Files.isReadable(database)) {
                throw e;
            }
            // A WAL database needs its -shm file, which a read-only file system (an archive disc, a read-only
            // mount) cannot hold: nothing can change the store there, so SQLite may read it as immutable.
            return queryOnly(config.createConnection(
                    "jdbc:sqlite:" + database.toAbsolutePath().toUri() + "?immutable=1"));
        }
    }

    /** SQLite opens lazily: the first statement is where a database that cannot be read says so. */
    private static Connection queryOnly(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA query_only = true");
            st.executeQuery("SELECT count(*) FROM sqlite_master").close();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    static StoreException failure(String what, Path database, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException("cannot write the store database " + database + ": it is read-only", e);
        }
        if (message.contains("SQLITE_FULL")) {
            return new StoreException("cannot write the store database " + database + ": the disk is full", e);
        }
        if (message.contains("SQLITE_CANTOPEN")) {
            return new StoreException("cannot open the store database " + database
                    + " (missing, or no permission to read or create it)", e);
        }
        if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")) {
            return new StoreException(database + " is not a kroniek store database (or it is damaged)", e);
        }
        return new StoreException(what + " failed on " + database + ": " + message, e);
    }
}
