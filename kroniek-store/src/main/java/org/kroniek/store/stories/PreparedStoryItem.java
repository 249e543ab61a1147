package org.kroniek.store.stories;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;

/**
 * A document's {@link StoryItem} built from the analysed document itself, on an analysis thread, instead of from
 * its stored rows on the single writer thread. It is exactly the item {@link StoredItems} would read back (same
 * headline, lead, term counts, actors and events); {@link #of} declines texts that might not read back the same
 * (lone surrogates or NUL characters change on their way through SQLite's UTF-8), and the linker uses an item
 * only for the document of the same identity.
 *
 * @param identity the document's identity, checked against the stored row before the item is used
 * @param item     the item, its id still 0 (the sequence number is given by the writer)
 */
public record PreparedStoryItem(String identity, StoryItem item) {
    private static final ThreadLocal<StoryTerms> TERMS = ThreadLocal.withInitial(StoryTerms::new);

    /** The item of an analysed document, or null when only the stored row can tell it exactly. */
    public static PreparedStoryItem of(Document doc, String identity) {
        String text = doc.getText();
        if (text == null || !readsBackTheSame(text) || !readsBackTheSame(doc.getTitle())) {
            return null;
        }
        Set<String> actors = new HashSet<>();
        // As StoredItems.actors: linked mentions (a canonical name or an actor code), and every entity.
        for (Mention m : doc.getMentions()) {
            if (m.canonical() != null || m.actor() != null) {
                if (!addActor(actors, m.canonical() != null ? m.canonical() : m.text())) {
                    return null;
                }
            }
        }
        for (Entity e : doc.getEntities()) {
            if (!addActor(actors, e.canonical() != null ? e.canonical() : e.text())) {
                return null;
            }
        }
        Set<String> events = new HashSet<>();
        for (Event e : doc.getEvents()) {
            if (e.type() != null) {
                events.add(e.type() + "|" + e.actor() + "|" + e.target());
            }
        }
        String lead = text.length() <= StoredItems.LEAD_CHARACTERS ? text
                : text.substring(0, StoredItems.LEAD_CHARACTERS);
        return new PreparedStoryItem(identity, StoredItems.item(0, doc.getLanguage(), doc.getDct(), doc.getTitle(),
                lead, actors, events, TERMS.get()));
    }

    StoryItem withId(long id) {
        return new StoryItem(id, item.time(), item.title(), item.terms(), item.actors(), item.events());
    }

    private static boolean addActor(Set<String> actors, String name) {
        if (name == null) {
            return true;
        }
        if (!readsBackTheSame(name)) {
            return false;
        }
        actors.add(name.strip().toLowerCase(Locale.ROOT));
        return true;
    }

    /**
     * Whether a string comes back from SQLite unchanged and with SQLite's character count equal to Java's: no
     * surrogates (SQLite's substr counts a pair as one character) and no NUL.
     */
    private static boolean readsBackTheSame(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
