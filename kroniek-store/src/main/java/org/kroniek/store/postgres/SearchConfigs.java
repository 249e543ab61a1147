package org.kroniek.store.postgres;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.kroniek.store.IndexedDocument;

/**
 * How a document is analysed for PostgreSQL full-text search: the built-in {@code dutch} and {@code english}
 * text-search configurations (Snowball stemmers and stop words), {@code simple} for every other language; and
 * the exact keyword lexemes ({@code field:value}) that let queries and filters name actors, event types,
 * language, publisher and id, as the Lucene keyword fields do.
 */
final class SearchConfigs {
    static final String DUTCH = "dutch";
    static final String ENGLISH = "english";
    static final String OTHER = "simple";

    private SearchConfigs() {
    }

    static String of(String language) {
        String key = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "nl" -> DUTCH;
            case "en" -> ENGLISH;
            default -> OTHER;
        };
    }

    /** The keyword lexemes of a document; the same normalisation as the Lucene keyword fields. */
    static Set<String> keywords(IndexedDocument doc) {
        Set<String> keywords = new LinkedHashSet<>();
        doc.actors().forEach(actor -> add(keywords, "actor", actor));
        doc.eventTypes().forEach(type -> add(keywords, "type", type));
        add(keywords, "language", doc.language());
        add(keywords, "publisher", doc.publisher());
        add(keywords, "id", doc.id());
        return keywords;
    }

    static String keyword(String field, String value) {
        return field + ":" + IndexedDocument.normalise(value);
    }

    private static void add(Set<String> keywords, String field, String value) {
        String normalised = IndexedDocument.normalise(value);
        if (normalised != null && !normalised.isEmpty()) {
            keywords.add(field + ":" + normalised);
        }
    }
}
