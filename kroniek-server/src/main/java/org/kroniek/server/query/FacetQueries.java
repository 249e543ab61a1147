package org.kroniek.server.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.store.KroniekStore;

/** Counts over a set of found documents: by month, actor, event type and story (for the search page's facets). */
public final class FacetQueries {
    private static final int TOP = 12;

    private FacetQueries() {
    }

    public static Map<String, Object> facets(KroniekStore store, List<Long> sequences) {
        Map<String, Object> facets = new LinkedHashMap<>();
        if (sequences.isEmpty()) {
            for (String name : List.of("months", "actors", "eventTypes", "stories")) {
                facets.put(name, List.of());
            }
            return facets;
        }
        String in = Sql.marks(sequences.size());
        List<Object> params = new ArrayList<>(sequences);
        facets.put("months", Sql.rows(store, "SELECT substr(dct_first_day, 1, 7) AS value, count(*) AS count"
                + " FROM documents WHERE seq IN " + in + " AND dct_first_day IS NOT NULL GROUP BY value ORDER BY value",
                params));
        List<Object> top = new ArrayList<>(params);
        top.add(TOP);
        facets.put("actors", Sql.rows(store, "SELECT coalesce(canonical, text) AS value, max(actor_code) AS code,"
                + " count(DISTINCT seq) AS count FROM entities WHERE seq IN " + in
                + " GROUP BY value ORDER BY count DESC, value LIMIT ?", top));
        facets.put("eventTypes", Sql.rows(store, "SELECT type AS value, count(DISTINCT seq) AS count FROM events"
                + " WHERE seq IN " + in + " AND type IS NOT NULL GROUP BY type ORDER BY count DESC, type LIMIT ?", top));
        facets.put("stories", Sql.rows(store, "SELECT s.story_id AS value, COALESCE(s.title, s.label) AS label,"
                + " count(DISTINCT m.seq) AS count FROM story_members m JOIN stories s ON s.story_id = m.story_id"
                + " WHERE m.seq IN " + in + " GROUP BY s.story_id ORDER BY count DESC, s.story_id LIMIT ?", top));
        return facets;
    }
}
