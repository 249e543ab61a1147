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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs read queries on a store's connection (SQLite or PostgreSQL) and returns rows as maps keyed by the column
 * labels (the queries alias columns to their JSON names). Plain standard SQL, so the same text runs on both.
 */
final class Sql {
    private static final Pattern ALIAS = Pattern.compile("(?i)\\bAS\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private Sql() {
    }

    static Connection connection(KroniekStore store) {
        return store.connection();
    }

    /**
     * PostgreSQL folds unquoted aliases to lower case ({@code AS firstDay} comes back as {@code firstday}); the
     * JSON names are the spelling written in the query.
     */
    private static Map<String, String> aliases(String sql) {
        Map<String, String> spelled = new java.util.HashMap<>();
        Matcher m = ALIAS.matcher(sql);
        while (m.find()) {
            spelled.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(1));
        }
        return spelled;
    }

    static List<Map<String, Object>> rows(KroniekStore store, String sql, List<?> params) {
        try (PreparedStatement st = connection(store).prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, String> spelled = aliases(sql);
                String[] labels = new String[meta.getColumnCount() + 1];
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String label = meta.getColumnLabel(c);
                    labels[c] = spelled.getOrDefault(label, label);
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(labels[c], rs.getObject(c));
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
