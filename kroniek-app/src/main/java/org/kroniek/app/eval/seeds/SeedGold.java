package org.kroniek.app.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.DocumentJson;

/**
 * The hand-made reference annotation of the seed articles ({@code ../shared/gold/seeds.json}): per document the
 * expected metadata, headings, entities (surface, type, canonical name, actor code, optionally "optional"),
 * time expressions with their accepted values, and events.
 */
record SeedGold(List<Doc> documents) {

    record Doc(String file, String language, String dct, String byline, String publisher, List<String> headings,
               List<GoldEntity> entities, List<GoldTimex> timexes, List<GoldEvent> events) {
    }

    record GoldEntity(String text, String type, String canonical, String actor, boolean optional) {
    }

    record GoldTimex(String text, String type, List<String> values, String mod) {
    }

    /**
     * A reference event: "core" events must be found; the others may be (they are neither required nor false).
     * {@code actor} is a CAMEO code or a canonical person name; null when the text names no actor.
     */
    record GoldEvent(boolean core, String trigger, String type, String actor, String target, String location,
                     String date, String mode, String source) {
    }

    static SeedGold read(Path file) throws IOException {
        JsonNode root = DocumentJson.mapper().readTree(file.toFile());
        List<Doc> docs = new ArrayList<>();
        for (JsonNode doc : root.path("documents")) {
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonNode e : doc.path("entities")) {
                entities.add(new GoldEntity(e.get(0).asText(), e.get(1).asText(), text(e.get(2)), text(e.get(3)),
                        e.size() > 4 && "optional".equals(e.get(4).asText())));
            }
            List<GoldTimex> timexes = new ArrayList<>();
            for (JsonNode t : doc.path("timex")) {
                List<String> values = new ArrayList<>();
                t.path("value").forEach(v -> values.add(v.asText()));
                timexes.add(new GoldTimex(t.get("text").asText(), t.path("type").asText(null), values,
                        text(t.get("mod"))));
            }
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode e : doc.path("events")) {
                events.add(new GoldEvent(e.path("core").asBoolean(false), e.get("trigger").asText(),
                        e.get("type").asText(), text(e.get("actor")), text(e.get("target")), text(e.get("location")),
                        text(e.get("date")), text(e.get("mode")), text(e.get("source"))));
            }
            List<String> headings = new ArrayList<>();
            doc.path("headings").forEach(h -> headings.add(h.asText()));
            docs.add(new Doc(doc.get("file").asText(), text(doc.get("language")), text(doc.get("dct")),
                    text(doc.get("byline")), text(doc.get("source")), headings, entities, timexes, events));
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException(file + " has no \"documents\"");
        }
        return new SeedGold(docs);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
