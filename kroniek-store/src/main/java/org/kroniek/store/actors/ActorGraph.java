package org.kroniek.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kroniek.store.StoreException;
import org.kroniek.store.timeline.ActorNames;

/**
 * Who acts on whom: for an actor, every (actor, target, event type) pair it takes part in, with the number of
 * distinct events (coreferent reports counted once) and of reports.
 */
public final class ActorGraph {
    public record Edge(String actor, String actorName, String target, String targetName, String type, long events,
                       long mentions) {
    }

    private final Connection connection;

    public ActorGraph(Connection connection) {
        this.connection = connection;
    }

    public List<Edge> around(String name) {
        Set<String> codes = ActorNames.codes(connection, name);
        List<Edge> edges = new ArrayList<>();
        if (codes.isEmpty()) {
            return edges;
        }
        StringBuilder where = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (String code : codes) {
            where.append(where.length() == 0 ? "" : " OR ")
                    .append("e.actor_code = ? OR e.target_code = ? OR e.actor_code LIKE ? OR e.target_code LIKE ?");
            args.addAll(List.of(code, code, code + ":%", code + ":%"));
        }
        String sql = "SELECT e.actor_code, e.target_code, e.type, count(DISTINCT coalesce(e.coref_id, e.seq * 100000 + e.idx)), "
                + "count(*) FROM events e JOIN documents d ON d.seq = e.seq WHERE d.duplicate_of IS NULL AND e.type IS NOT NULL "
                + "AND e.actor_code IS NOT NULL AND e.target_code IS NOT NULL AND (" + where + ") GROUP BY 1, 2, 3 "
                + "ORDER BY 4 DESC, 5 DESC, 1, 2, 3";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                st.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String actor = rs.getString(1);
                    String target = rs.getString(2);
                    edges.add(new Edge(actor, ActorNames.name(connection, actor), target, ActorNames.name(connection, target),
                            rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the actor graph: " + e.getMessage(), e);
        }
        return edges;
    }
}
