package org.kroniek.server.query;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;
import org.kroniek.core.Sentence;
import org.kroniek.store.sql.LayerCodec;
import org.kroniek.store.KroniekStore;

/** Whole documents with every layer, and lookups by the id they came with. */
public final class DocumentQueries {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private DocumentQueries() {
    }

    /** The document as in the analyze contract, plus {@code seq}, duplicate links and the stories it is in. */
    public static Optional<Map<String, Object>> document(KroniekStore store, long seq) {
        Optional<Document> loaded = store.load(seq);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Document document = loaded.get();
        fillLayers(store, seq, document);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", seq);
        json.putAll(DocumentJson.mapper().convertValue(document, MAP));
        List<Map<String, Object>> meta = Sql.rows(store, "SELECT duplicate_of AS duplicateOf, ingested_at AS ingestedAt"
                + " FROM documents WHERE seq = ?", List.of(seq));
        json.put("duplicateOf", meta.get(0).get("duplicateOf"));
        json.put("ingestedAt", meta.get(0).get("ingestedAt"));
        json.put("duplicates", Sql.rows(store, "SELECT seq, external_id AS id FROM documents WHERE duplicate_of = ?"
                + " ORDER BY seq", List.of(seq)));
        json.put("stories", Sql.rows(store, "SELECT s.story_id AS id, COALESCE(s.title, s.label) AS label"
                + " FROM story_members m"
                + " JOIN stories s ON s.story_id = m.story_id WHERE m.seq = ? ORDER BY s.story_id", List.of(seq)));
        return Optional.of(json);
    }

    /** {@code load} leaves out layers the index does not need on some paths; take every stored layer. */
    private static void fillLayers(KroniekStore store, long seq, Document document) {
        for (Map<String, Object> row : Sql.rows(store, "SELECT layer, data FROM document_layers WHERE seq = ?",
                List.of(seq))) {
            byte[] data = (byte[]) row.get("data");
            switch ((String) row.get("layer")) {
                case "sentences" -> document.setSentences(LayerCodec.decode(data, Sentence.class));
                case "entities" -> document.setEntities(LayerCodec.decode(data, Entity.class));
                case "mentions" -> document.setMentions(LayerCodec.decode(data, Mention.class));
                case "events" -> document.setEvents(LayerCodec.decode(data, Event.class));
                default -> {
                    // tokens and timexes come with load()
                }
            }
        }
    }

    /** The first stored copy with this external id (ids from files or JSON Lines need not be unique). */
    public static Optional<Long> sequenceOf(KroniekStore store, String externalId) {
        List<Map<String, Object>> rows = Sql.rows(store,
                "SELECT seq FROM documents WHERE external_id = ? ORDER BY seq LIMIT 1", List.of(externalId));
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0).get("seq")).longValue());
    }

    /** Sentences of one document, for events that point at a sentence by index. */
    public static List<Sentence> sentences(KroniekStore store, long seq) {
        List<Map<String, Object>> rows = Sql.rows(store,
                "SELECT data FROM document_layers WHERE seq = ? AND layer = 'sentences'", List.of(seq));
        return rows.isEmpty() ? List.of() : LayerCodec.decode((byte[]) rows.get(0).get("data"), Sentence.class);
    }


    public static Map<String, Object> counts(KroniekStore store) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("documents", store.documents().count());
        counts.put("nearDuplicates", store.documents().duplicateCount());
        counts.put("events", Sql.count(store, "SELECT count(*) FROM events", List.of()));
        counts.put("actors", Sql.count(store, "SELECT count(*) FROM actors", List.of()));
        counts.put("stories", Sql.count(store, "SELECT count(*) FROM stories", List.of()));
        return counts;
    }
}
