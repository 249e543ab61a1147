package org.kroniek.server.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreException;
import org.kroniek.store.sql.SqliteDocumentStore;

/**
 * Runs read queries on a store's SQLite connection and returns rows as maps keyed by the column labels (the
 * queries alias columns to their JSON names). Plain standard SQL, so the same text runs on PostgreSQL.
 */
final class Sql {
    private Sql() {
    }

    static Connection connection(KroniekStore store) {
        if (store.documents() instanceof SqliteDocumentStore sqlite) {
            return sqlite.connection();
        }
        throw new IllegalStateException("the server reads SQLite stores only");
    }

    static List<Map<String, Object>> rows(KroniekStore store, String sql, List<?> params) {
        try (PreparedStatement st = connection(store).prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("reading the store failed: " + e.getMessage(), e);
        }
    }

    static long count(KroniekStore store, String sql, List<?> params) {
        List<Map<String, Object>> rows = rows(store, sql, params);
        Object value = rows.isEmpty() ? null : rows.get(0).values().iterator().next();
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** {@code (?, ?, ?)} for n parameters. */
    static String marks(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(Math.max(1, n), "?")) + ")";
    }
}
