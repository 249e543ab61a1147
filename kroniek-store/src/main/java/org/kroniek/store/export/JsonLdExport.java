package org.kroniek.store.export;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.StoreException;
import org.kroniek.store.stories.StoryQueries;
import org.kroniek.store.stories.StorySummary;
import org.kroniek.store.timeline.ActorNames;
import org.kroniek.store.timeline.Timeline;
import org.kroniek.store.timeline.TimelineEntry;
import org.kroniek.store.timeline.TimelineSource;

/**
 * The store as one JSON-LD document: schema.org {@code NewsArticle}s (headline, datePublished, publisher, author,
 * inLanguage, url, isPartOf their story), stories as {@code CreativeWorkSeries}, and events as schema.org
 * {@code Event}s typed with kroniek's event vocabulary ({@code kr:CONSULT} ... the PLOVER types), with
 * {@code kr:actor} / {@code kr:target} (CAMEO codes and names), {@code location}, {@code startDate} and every
 * report as a {@code kr:Report} (article, sentence, trigger offsets, mode, confidence).
 */
public final class JsonLdExport {
    public static final String VOCABULARY = "https://kroniek.org/ns/event#";

    private final java.sql.Connection connection;

    public JsonLdExport(java.sql.Connection connection) {
        this.connection = connection;
    }

    public Map<String, Object> build() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", "https://schema.org/");
        context.put("kr", VOCABULARY);
        List<Object> graph = new ArrayList<>();
        graph.addAll(stories());
        graph.addAll(articles());
        graph.addAll(events());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", context);
        root.put("@graph", graph);
        return root;
    }

    public int write(PrintWriter out) {
        Map<String, Object> doc = build();
        out.println(DocumentJson.toPrettyJson(doc));
        out.flush();
        return ((List<?>) doc.get("@graph")).size();
    }

    private List<Map<String, Object>> stories() {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (StorySummary s : new StoryQueries(connection).largest(Integer.MAX_VALUE, 1)) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("@id", "urn:kroniek:story:" + s.id());
            node.put("@type", "CreativeWorkSeries");
            node.put("name", s.title());
            node.put("startDate", s.firstDay());
            node.put("endDate", s.lastDay());
            node.put("keywords", s.terms());
            node.put("about", s.actors().keySet().stream().map(a -> Map.of("@type", "Thing", "name", a)).toList());
            nodes.add(node);
        }
        return nodes;
    }

    private List<Map<String, Object>> articles() {
        List<Map<String, Object>> nodes = new ArrayList<>();
        String sql = "SELECT d.seq, d.external_id, d.source, d.language, d.dct, d.title, d.byline, d.publisher, "
                + "d.duplicate_of, m.story_id FROM documents d LEFT JOIN story_members m ON m.seq = d.seq ORDER BY d.seq";
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("@id", articleId(rs.getLong(1)));
                node.put("@type", "NewsArticle");
                put(node, "identifier", rs.getString(2));
                put(node, "url", rs.getString(3));
                put(node, "inLanguage", rs.getString(4));
                put(node, "datePublished", rs.getString(5));
                put(node, "headline", rs.getString(6));
                if (rs.getString(7) != null) {
                    node.put("author", Map.of("@type", "Person", "name", rs.getString(7)));
                }
                if (rs.getString(8) != null) {
                    node.put("publisher", Map.of("@type", "Organization", "name", rs.getString(8)));
                }
                if (rs.getObject(9) != null) {
                    node.put("isBasedOn", Map.of("@id", articleId(rs.getLong(9))));
                }
                if (rs.getObject(10) != null) {
                    node.put("isPartOf", Map.of("@id", "urn:kroniek:story:" + rs.getLong(10)));
                }
                nodes.add(node);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export articles: " + e.getMessage(), e);
        }
        return nodes;
    }

    private List<Map<String, Object>> events() {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (TimelineEntry e : new Timeline(connection).all()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("@id", "urn:kroniek:event:" + e.eventId());
            node.put("@type", List.of("Event", "kr:" + e.type()));
            put(node, "startDate", e.date());
            if (e.actor() != null) {
                node.put("kr:actor", actor(e.actor(), names));
            }
            if (e.target() != null) {
                node.put("kr:target", actor(e.target(), names));
            }
            if (e.location() != null) {
                node.put("location", Map.of("@type", "Place", "name", e.location()));
            }
            List<Map<String, Object>> reports = new ArrayList<>();
            for (TimelineSource s : e.sources()) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("@type", "kr:Report");
                report.put("kr:article", Map.of("@id", articleId(s.seq())));
                put(report, "kr:sentence", s.sentenceText());
                put(report, "kr:trigger", s.trigger());
                if (s.triggerStart() >= 0) {
                    report.put("kr:start", s.triggerStart());
                    report.put("kr:end", s.triggerEnd());
                }
                put(report, "kr:mode", s.mode());
                report.put("kr:confidence", s.confidence());
                reports.add(report);
            }
            node.put("kr:report", reports);
            node.put("subjectOf", e.sources().stream().map(s -> Map.of("@id", articleId(s.seq()))).distinct().toList());
            nodes.add(node);
        }
        return nodes;
    }

    private Map<String, Object> actor(String code, Map<String, String> names) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Thing");
        node.put("identifier", code);
        String name = names.computeIfAbsent(code, c -> String.valueOf(ActorNames.name(connection, c)));
        if (!name.equals("null")) {
            node.put("name", name);
        }
        return node;
    }

    private static String articleId(long seq) {
        return "urn:kroniek:article:" + seq;
    }

    private static void put(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
