package org.kroniek.server.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kroniek.store.KroniekStore;

/**
 * Actors ({@code actors}, counted per day in {@code actor_days} over first copies), their activity over time, and
 * the actors they interact with: as actor and target of the same event, or named in the same documents.
 */
public final class ActorQueries {
    private static final String SUMMARY = "SELECT a.actor_id AS id, a.name AS name, nullif(a.code, '') AS code,"
            + " a.kind AS kind, coalesce(sum(ad.mentions), 0) AS mentions, coalesce(sum(ad.documents), 0) AS documents,"
            + " min(ad.day) AS firstDay, max(ad.day) AS lastDay FROM actors a LEFT JOIN actor_days ad"
            + " ON ad.actor_id = a.actor_id";

    private ActorQueries() {
    }

    /** Actors by how often they are mentioned; {@code query} matches names and codes (case-insensitive). */
    public static Page<Map<String, Object>> list(KroniekStore store, String query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (query != null) {
            where = " WHERE lower(a.name) LIKE ? OR lower(a.code) LIKE ?";
            String like = "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        }
        long total = Sql.count(store, "SELECT count(*) FROM actors a" + where, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        List<Map<String, Object>> rows = Sql.rows(store, SUMMARY + where
                + " GROUP BY a.actor_id ORDER BY mentions DESC, a.name LIMIT ? OFFSET ?", pageParams);
        return new Page<>(total, offset, limit, rows);
    }

    public static Optional<Map<String, Object>> actor(KroniekStore store, long id) {
        List<Map<String, Object>> rows = Sql.rows(store, SUMMARY + " WHERE a.actor_id = ? GROUP BY a.actor_id",
                List.of(id));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> actor = new LinkedHashMap<>(rows.get(0));
        actor.put("activity", Sql.rows(store, "SELECT day, documents, mentions FROM actor_days WHERE actor_id = ?"
                + " ORDER BY day", List.of(id)));
        return Optional.of(actor);
    }

    /**
     * The actor and its neighbours. Event edges join actor and target codes; co-mention edges join names that
     * occur in the same first-copy documents (entities, or mentions once actor linking fills them).
     */
    public static Map<String, Object> graph(KroniekStore store, Map<String, Object> actor, int limit) {
        String name = (String) actor.get("name");
        String code = (String) actor.get("code");
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        String self = key(code, name);
        nodes.add(node(self, name, code, actor.get("id")));
        if (code != null) {
            for (Map<String, Object> row : Sql.rows(store, "SELECT CASE WHEN e.actor_code = ? THEN e.target_code"
                    + " ELSE e.actor_code END AS other, count(*) AS weight, " + store.dialect().commaListDistinct("e.type") + " AS types"
                    + " FROM events e JOIN documents d ON d.seq = e.seq WHERE d.duplicate_of IS NULL"
                    + " AND (e.actor_code = ? OR e.target_code = ?) AND e.actor_code IS NOT NULL"
                    + " AND e.target_code IS NOT NULL AND e.actor_code <> e.target_code"
                    + " GROUP BY other ORDER BY weight DESC LIMIT ?", List.of(code, code, code, limit))) {
                String other = (String) row.get("other");
                nodes.add(node(other, other, other, null));
                edges.add(edge(self, other, row.get("weight"), "event", row.get("types")));
            }
        }
        for (Map<String, Object> row : Sql.rows(store, "SELECT o.canonical_name AS name, max(o.actor_code) AS code,"
                + " count(DISTINCT o.seq) AS weight FROM (" + names() + ") me JOIN (" + names() + ") o"
                + " ON o.seq = me.seq AND o.canonical_name <> me.canonical_name"
                + " JOIN documents d ON d.seq = me.seq WHERE d.duplicate_of IS NULL AND me.canonical_name = ?"
                + " GROUP BY o.canonical_name ORDER BY weight DESC, o.canonical_name LIMIT ?", List.of(name, limit))) {
            String otherName = (String) row.get("name");
            String other = key((String) row.get("code"), otherName);
            if (nodes.stream().noneMatch(n -> n.get("key").equals(other))) {
                nodes.add(node(other, otherName, row.get("code"), null));
            }
            edges.add(edge(self, other, row.get("weight"), "co-mention", null));
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("actor", actor.get("id"));
        graph.put("nodes", nodes);
        graph.put("edges", edges);
        return graph;
    }

    /** Per document, the names that stand for actors: linked mentions when there are, else entities. */
    private static String names() {
        return "SELECT DISTINCT seq, coalesce(canonical, text) AS canonical_name, actor_code FROM entities"
                + " UNION SELECT DISTINCT seq, canonical AS canonical_name, actor_code FROM mentions"
                + " WHERE canonical IS NOT NULL";
    }

    private static String key(String code, String name) {
        return code != null && !code.isEmpty() ? code : name;
    }

    private static Map<String, Object> node(String key, String name, Object code, Object id) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("key", key);
        node.put("name", name);
        node.put("code", code == null || "".equals(code) ? null : code);
        node.put("id", id);
        return node;
    }

    private static Map<String, Object> edge(String source, String target, Object weight, String kind, Object types) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("source", source);
        edge.put("target", target);
        edge.put("weight", weight);
        edge.put("kind", kind);
        edge.put("eventTypes", types == null ? List.of() : List.of(((String) types).split(",")));
        return edge;
    }
}
