package org.kroniek.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kroniek.core.DocumentJson;

/** Inputs for the tests: the bundled samples, and a larger JSON Lines corpus built from them. */
final class Corpora {
    private Corpora() {
    }

    static Path root() {
        return Path.of(System.getProperty("kroniek.root", "..")).toAbsolutePath().normalize();
    }

    static Path samples() {
        return root().resolve("samples");
    }

    static Path fictionActors() {
        return samples().resolve("fiction.kb");
    }

    /**
     * {@code copies} variants of every sample article as JSON Lines: each variant gets its own date and a closing
     * sentence of its own, so each is a new document (and most are near-duplicates of the first variant). One file
     * per copy, so that the source reads file after file as a real feed would.
     */
    static Path jsonLines(Path dir, int copies) throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.walk(samples())) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int copy = 0; copy < copies; copy++) {
            List<String> lines = new ArrayList<>();
            for (Path article : articles) {
                String text = Files.readString(article);
                boolean dutch = article.getParent().getFileName().toString().equals("nl");
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", article.getFileName().toString().replace(".txt", "") + "-" + copy);
                json.put("date", String.format("2024-03-%02d", 1 + copy % 28));
                json.put("language", dutch ? "nl" : "en");
                json.put("text", text + "\n\n" + (dutch ? "Bijgewerkt, versie " : "Updated, version ") + copy + ".");
                lines.add(DocumentJson.toLine(json));
            }
            Files.write(dir.resolve(String.format("copy-%02d.jsonl", copy)), lines);
        }
        return dir;
    }
}
