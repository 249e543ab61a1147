package org.kroniek.flink.stories;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;
import org.kroniek.store.stories.StoryItem;
import org.kroniek.store.stories.StoryTerms;

/**
 * What the story clusterer sees of an analysed document, taken from the document itself rather than from the
 * store: the same features the store's linker reads back from its tables (title terms counted twice, the lead,
 * linked actors and entities, event keys, the creation time in epoch days).
 */
final class StoryFeatures {
    /** As the store's linker: the lead carries the story, the rest of a long article mostly background. */
    static final int LEAD_CHARACTERS = 1500;

    private final StoryTerms terms = new StoryTerms();

    StoryItem of(long id, Document document) {
        String language = document.getLanguage();
        String text = document.getText() == null ? "" : document.getText();
        Map<String, Integer> counts = terms.count(document.getTitle(), language);
        counts.replaceAll((t, n) -> 2 * n);
        terms.count(text.substring(0, Math.min(LEAD_CHARACTERS, text.length())), language)
                .forEach((t, n) -> counts.merge(t, n, Integer::sum));
        String title = document.getTitle() == null || document.getTitle().isBlank()
                ? text.strip().lines().findFirst().orElse("") : document.getTitle();
        return new StoryItem(id, StoryItem.timeOf(document.getDct()), title, counts, actors(document), events(document));
    }

    private static Set<String> actors(Document document) {
        Set<String> actors = new HashSet<>();
        for (Mention m : document.getMentions()) {
            if (m.canonical() != null || m.actor() != null) {
                add(actors, m.canonical() != null ? m.canonical() : m.text());
            }
        }
        for (Entity e : document.getEntities()) {
            add(actors, e.canonical() != null ? e.canonical() : e.text());
        }
        return actors;
    }

    private static void add(Set<String> actors, String name) {
        if (name != null) {
            actors.add(name.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static Set<String> events(Document document) {
        Set<String> events = new HashSet<>();
        for (Event e : document.getEvents()) {
            if (e.type() != null) {
                events.add(e.type() + "|" + e.actor() + "|" + e.target());
            }
        }
        return events;
    }
}
