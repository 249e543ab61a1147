package org.kroniek.store;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;
import org.kroniek.core.Sentence;

/**
 * What the search index holds of a document. Built from an analysed {@link Document} in one place, both when
 * a document is ingested and when the index is rebuilt from the database, so the two cannot disagree.
 *
 * @param actors     normalised actor keys: codes ({@code syr:gov}), their country part ({@code syr}), canonical
 *                   names and entity names, lower case
 * @param eventTypes event types, lower case
 */
public record IndexedDocument(long sequence, String id, String source, String language, String dct,
                              String title, String byline, String publisher, String text, String firstSentence,
                              Set<String> actors, Set<String> eventTypes, Long duplicateOf) {
    private static final int FIRST_SENTENCE_FALLBACK = 200;

    public static IndexedDocument of(long sequence, Document document, Long duplicateOf) {
        return new IndexedDocument(sequence, document.getId(), document.getSource(), document.getLanguage(),
                document.getDct(), document.getTitle(), document.getByline(), document.getPublisher(),
                document.getText(), firstSentence(document), actorKeys(document), eventTypes(document), duplicateOf);
    }

    /** The same document under the sequence number and duplicate link the writer gave it. */
    public IndexedDocument at(long sequence, Long duplicateOf) {
        return new IndexedDocument(sequence, id, source, language, dct, title, byline, publisher, text, firstSentence,
                actors, eventTypes, duplicateOf);
    }

    /** Lower case, single spaces: how names and codes are compared in filters. */
    public static String normalise(String value) {
        return value == null ? null : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static Set<String> actorKeys(Document document) {
        Set<String> keys = new TreeSet<>();
        for (Entity entity : document.getEntities()) {
            addName(keys, entity.text());
            addName(keys, entity.canonical());
            addCode(keys, entity.actor());
        }
        for (Mention mention : document.getMentions()) {
            // Not the mention text: a pronoun or "de minister" is no name to search by.
            addName(keys, mention.canonical());
            addCode(keys, mention.actor());
        }
        for (Event event : document.getEvents()) {
            addCode(keys, event.actor());
            addCode(keys, event.target());
        }
        return keys;
    }

    private static void addName(Set<String> keys, String name) {
        String key = normalise(name);
        if (key != null && !key.isEmpty()) {
            keys.add(key);
        }
    }

    private static void addCode(Set<String> keys, String code) {
        String key = normalise(code);
        if (key == null || key.isEmpty()) {
            return;
        }
        keys.add(key);
        int colon = key.indexOf(':');
        if (colon > 0) {
            keys.add(key.substring(0, colon));
        }
    }

    static Set<String> eventTypes(Document document) {
        Set<String> types = new TreeSet<>();
        for (Event event : document.getEvents()) {
            if (event.type() != null && !event.type().isBlank()) {
                types.add(event.type().strip().toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }

    static String firstSentence(Document document) {
        String text = document.getText();
        for (Sentence sentence : document.getSentences()) {
            if (!sentence.heading() && sentence.end() <= text.length()) {
                return text.substring(sentence.start(), sentence.end()).strip();
            }
        }
        String head = text.strip();
        return head.length() <= FIRST_SENTENCE_FALLBACK ? head : head.substring(0, FIRST_SENTENCE_FALLBACK) + "…";
    }
}
