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
               List<GoldEntity> entities, List<GoldTimex> timexes) {
    }

    record GoldEntity(String text, String type, String canonical, String actor, boolean optional) {
    }

    record GoldTimex(String text, String type, List<String> values, String mod) {
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
            List<String> headings = new ArrayList<>();
            doc.path("headings").forEach(h -> headings.add(h.asText()));
            docs.add(new Doc(doc.get("file").asText(), text(doc.get("language")), text(doc.get("dct")),
                    text(doc.get("byline")), text(doc.get("source")), headings, entities, timexes));
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
