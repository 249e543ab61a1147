package org.kroniek.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The few places where SQLite and PostgreSQL SQL differ. Everything else the store-side queries use is standard
 * SQL both accept (upserts are written {@code INSERT ... ON CONFLICT (...) DO UPDATE}, which both have).
 */
public enum SqlDialect {
    SQLITE, POSTGRESQL;

    /** The dialect of an open connection. */
    public static SqlDialect of(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? POSTGRESQL : SQLITE;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database of a connection: " + e.getMessage(), e);
        }
    }

    /** The distinct values of {@code expression} joined with commas. */
    public String commaListDistinct(String expression) {
        return this == POSTGRESQL ? "string_agg(DISTINCT " + expression + ", ',')"
                : "group_concat(DISTINCT " + expression + ")";
    }
}
