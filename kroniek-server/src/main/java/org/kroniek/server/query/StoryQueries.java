package org.kroniek.server.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kroniek.core.Sentence;
import org.kroniek.store.KroniekStore;

/**
 * Stories ({@code stories}, {@code story_members}) and their timelines. Empty until story clustering fills the
 * tables; the story engine's own queries can replace these bodies without changing the API.
 */
public final class StoryQueries {
    private static final int TIMELINE_LIMIT = 2_000;

    private StoryQueries() {
    }

    public static Page<Map<String, Object>> list(KroniekStore store, int offset, int limit) {
        long total = Sql.count(store, "SELECT count(*) FROM stories", List.of());
        if (total == 0) {
            return Page.empty(offset, limit);
        }
        List<Map<String, Object>> rows = Sql.rows(store, "SELECT s.story_id AS id, COALESCE(s.title, s.label) AS label,"
                + " s.first_day AS firstDay, s.last_day AS lastDay, s.updated_at AS updatedAt,"
                + " count(m.seq) AS documents FROM stories s LEFT JOIN story_members m ON m.story_id = s.story_id"
                + " GROUP BY s.story_id ORDER BY s.last_day DESC, s.story_id LIMIT ? OFFSET ?", List.of(limit, offset));
        return new Page<>(total, offset, limit, rows);
    }

    public static Optional<Map<String, Object>> story(KroniekStore store, long id) {
        List<Map<String, Object>> rows = Sql.rows(store, "SELECT story_id AS id, COALESCE(title, label) AS label,"
                + " label AS terms, first_day AS firstDay,"
                + " last_day AS lastDay, updated_at AS updatedAt FROM stories WHERE story_id = ?", List.of(id));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> story = new LinkedHashMap<>(rows.get(0));
        story.put("documents", members(store, id));
        return Optional.of(story);
    }

    /** The sources of a story: its documents, oldest first. */
    static List<Map<String, Object>> members(KroniekStore store, long id) {
        return Sql.rows(store, "SELECT d.seq AS seq, d.external_id AS id, d.dct AS dct, d.title AS title,"
                + " d.publisher AS publisher, d.byline AS byline, d.source AS source, d.language AS language,"
                + " d.duplicate_of AS duplicateOf, m.score AS score FROM story_members m JOIN documents d"
                + " ON d.seq = m.seq WHERE m.story_id = ? ORDER BY d.dct_first_day, d.seq", List.of(id));
    }

    /**
     * The story's events in date order, each with the sentence that reports it (text and offsets), so a client can
     * link from the timeline to the words.
     */
    public static Map<String, Object> timeline(KroniekStore store, long id) {
        Page<Map<String, Object>> events = EventQueries.list(store,
                new EventFilter(null, null, null, null, null, id), 0, TIMELINE_LIMIT);
        Map<Long, List<Sentence>> sentences = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> event : events.items()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) event.get("document");
            long seq = ((Number) document.get("seq")).longValue();
            Object index = event.get("sentence");
            Map<String, Object> item = new LinkedHashMap<>(event);
            List<Sentence> list = sentences.computeIfAbsent(seq, s -> DocumentQueries.sentences(store, s));
            if (index instanceof Number n && n.intValue() >= 0 && n.intValue() < list.size()) {
                Sentence sentence = list.get(n.intValue());
                String text = texts.computeIfAbsent(seq, s -> (String) Sql.rows(store,
                        "SELECT text FROM documents WHERE seq = ?", List.of(s)).get(0).get("text"));
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("start", sentence.start());
                evidence.put("end", sentence.end());
                evidence.put("text", text.substring(sentence.start(), Math.min(sentence.end(), text.length())));
                item.put("evidence", evidence);
            }
            items.add(item);
        }
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("story", id);
        timeline.put("events", items);
        timeline.put("sources", members(store, id));
        return timeline;
    }
}
