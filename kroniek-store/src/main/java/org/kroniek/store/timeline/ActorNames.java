package org.kroniek.store.timeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.kroniek.store.StoreException;

/**
 * Turns what a user types ("Lavrov", "Sergey Lavrov", "RUS:GOV", "RUS") into the actor codes events carry, and a
 * code back into the name the linker gives it most often. Matching is case-insensitive on canonical names, entity
 * texts and codes; a country code also finds its roles ({@code RUS} finds {@code RUS:GOV}).
 */
public final class ActorNames {
    private ActorNames() {
    }

    public static Set<String> codes(Connection c, String name) {
        Set<String> codes = new LinkedHashSet<>();
        String wanted = name.strip();
        if (wanted.matches("[A-Za-z]{3}(:[A-Za-z]{3})*")) {
            codes.add(wanted.toUpperCase(Locale.ROOT));
        }
        // Plain ? parameters (not SQLite's ?1): the same statement runs on PostgreSQL.
        String sql = "SELECT DISTINCT actor_code FROM entities WHERE actor_code IS NOT NULL AND (lower(canonical) = lower(?) "
                + "OR lower(text) = lower(?)) UNION SELECT DISTINCT actor_code FROM mentions WHERE actor_code IS NOT NULL "
                + "AND (lower(canonical) = lower(?) OR lower(text) = lower(?)) "
                + "UNION SELECT DISTINCT code FROM actors WHERE code <> '' AND lower(name) = lower(?)";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 1; i <= 5; i++) {
                st.setString(i, wanted);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up actor " + name + ": " + e.getMessage(), e);
        }
        return codes;
    }

    /** The most frequent canonical name (else entity text) for a code, or null. */
    public static String name(Connection c, String code) {
        if (code == null) {
            return null;
        }
        String sql = "SELECT coalesce(canonical, text) AS n, count(*) AS k FROM (SELECT canonical, text FROM mentions "
                + "WHERE actor_code = ? UNION ALL SELECT canonical, text FROM entities WHERE actor_code = ?) named "
                + "GROUP BY n ORDER BY k DESC, n LIMIT 1";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, code);
            st.setString(2, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up actor " + code + ": " + e.getMessage(), e);
        }
    }
}
