package org.kroniek.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.store.StoreException;

/** The most mentioned actors, with their mentions per period (month or day), from {@code actor_days}. */
public final class ActorActivity {
    public enum Period {
        DAY(10), MONTH(7), YEAR(4);

        final int length;

        Period(int length) {
            this.length = length;
        }
    }

    /** One actor: its name and code, documents and mentions in all, and mentions per period in time order. */
    public record ActorCount(String name, String code, String kind, long documents, long mentions,
                             Map<String, Long> perPeriod) {
    }

    private final Connection connection;

    public ActorActivity(Connection connection) {
        this.connection = connection;
    }

    /** The {@code limit} actors with the most mentions (optionally only those with a code, i.e. linked ones). */
    public List<ActorCount> top(int limit, Period period, boolean codedOnly) {
        List<ActorCount> actors = new ArrayList<>();
        String sql = "SELECT a.actor_id, a.name, a.code, a.kind, sum(d.documents), sum(d.mentions) FROM actors a "
                + "JOIN actor_days d ON d.actor_id = a.actor_id " + (codedOnly ? "WHERE a.code <> '' " : "")
                + "GROUP BY a.actor_id ORDER BY sum(d.mentions) DESC, sum(d.documents) DESC, a.name LIMIT ?";
        try (PreparedStatement st = connection.prepareStatement(sql);
             PreparedStatement series = connection.prepareStatement("SELECT substr(day, 1, ?), sum(mentions) FROM "
                     + "actor_days WHERE actor_id = ? GROUP BY 1 ORDER BY 1")) {
            st.setInt(1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Map<String, Long> perPeriod = new LinkedHashMap<>();
                    series.setInt(1, period.length);
                    series.setLong(2, rs.getLong(1));
                    try (ResultSet s = series.executeQuery()) {
                        while (s.next()) {
                            perPeriod.put(s.getString(1), s.getLong(2));
                        }
                    }
                    actors.add(new ActorCount(rs.getString(2), rs.getString(3).isEmpty() ? null : rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getLong(6), perPeriod));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read actors: " + e.getMessage(), e);
        }
        return actors;
    }
}
