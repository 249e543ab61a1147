package org.kroniek.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats kroniek reads. {@link #AUTO} means: decide per file by extension and content. */
public enum InputFormat {
    AUTO, SEED, TEXT, JSONL, HTML, RSS;

    static final String NAMES = "auto, seed, text, jsonl, html or rss";

    /** Parses a {@code --format} value (a few common aliases accepted); empty when unknown. Null means auto. */
    public static Optional<InputFormat> parse(String name) {
        if (name == null) {
            return Optional.of(AUTO);
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> Optional.of(AUTO);
            case "seed" -> Optional.of(SEED);
            case "text", "txt", "plain" -> Optional.of(TEXT);
            case "jsonl", "ndjson", "json-lines", "jsonlines" -> Optional.of(JSONL);
            case "html", "htm" -> Optional.of(HTML);
            case "rss", "atom", "feed" -> Optional.of(RSS);
            default -> Optional.empty();
        };
    }
}
