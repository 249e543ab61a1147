package org.kroniek.store.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.kroniek.store.StoreException;

/** Brings a database to the latest schema version, one migration per transaction. */
public final class SchemaMigrator {
    private final List<Migration> migrations;

    public SchemaMigrator(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The version the database is at (0 for an empty database). */
    public static int currentVersion(Connection connection) throws SQLException {
        // Through the driver's metadata rather than sqlite_master, so that the same check runs on PostgreSQL.
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "schema_version", new String[] {"TABLE"})) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Applies the missing migrations; returns how many. The connection must not be in auto-commit mode. */
    public int migrate(Connection connection, String where) throws SQLException {
        int current = currentVersion(connection);
        int latest = migrations.get(migrations.size() - 1).version();
        if (current > latest) {
            throw new StoreException("the store at " + where + " has schema version " + current
                    + ", newer than this kroniek knows (" + latest + "); use a newer kroniek");
        }
        int applied = 0;
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (Migration migration : migrations) {
                if (migration.version() <= current) {
                    continue;
                }
                for (String sql : migration.statements()) {
                    st.execute(sql);
                }
                try (var insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    insert.setInt(1, migration.version());
                    insert.setString(2, migration.description());
                    insert.setString(3, Instant.now().toString());
                    insert.executeUpdate();
                }
                connection.commit();
                applied++;
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        return applied;
    }
}
