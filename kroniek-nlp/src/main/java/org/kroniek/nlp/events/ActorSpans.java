package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.kroniek.core.Entity;
import org.kroniek.core.Mention;

/**
 * The actor spans of a sentence, in text order and without overlaps. The mentions layer (linked entities and
 * their coreferent words) comes first; entities it does not cover are added; for a language without NER (English)
 * capitalised names and a short list of actor nouns that neither layer covers are added, so that events can
 * still be grounded.
 */
final class ActorSpans {
    private final List<ActorSpan> spans;

    private ActorSpans(List<ActorSpan> spans) {
        this.spans = spans;
    }

    /**
     * The spans of one sentence from the mentions and entities that lie in it; {@code fallbackNames} (null for
     * languages with a named-entity tagger) adds the capitalised names and actor nouns that neither layer covers.
     */
    static ActorSpans of(SentenceView sentence, List<Mention> mentions, List<Entity> entities,
                         ActorNames fallbackNames) {
        List<ActorSpan> found = new ArrayList<>();
        for (Mention m : mentions) {
            add(sentence, found, m.start(), m.end(), m.actor(), m.canonical(), m.text(),
                    typeOf(entities, m.start(), m.end()), m.confidence());
        }
        for (Entity e : entities) {
            add(sentence, found, e.start(), e.end(), e.actor(), e.canonical(), e.text(), e.type(), e.confidence());
        }
        if (fallbackNames != null) {
            // names the linker does not know ("Putin" beside a linked "Armenia") still ground events
            for (ActorSpan name : fallbackNames.find(sentence)) {
                if (found.stream().noneMatch(s -> name.first() <= s.last() && name.last() >= s.first())) {
                    found.add(name);
                }
            }
        }
        found.sort(Comparator.comparingInt(ActorSpan::first));
        return new ActorSpans(Collections.unmodifiableList(found));
    }

    static ActorSpans of(List<ActorSpan> spans) {
        List<ActorSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(ActorSpan::first));
        return new ActorSpans(sorted);
    }

    List<ActorSpan> all() {
        return spans;
    }

    /** The span covering a sentence position, or null. */
    ActorSpan at(int position) {
        for (ActorSpan s : spans) {
            if (s.contains(position)) {
                return s;
            }
            if (s.first() > position) {
                break;
            }
        }
        return null;
    }

    /** The span that ends exactly at a position, or null. */
    ActorSpan endingAt(int position) {
        for (ActorSpan s : spans) {
            if (s.last() == position) {
                return s;
            }
        }
        return null;
    }

    /** The first span starting at or after a position and at or before a limit, or null. */
    ActorSpan firstIn(int from, int to) {
        for (ActorSpan s : spans) {
            if (s.first() >= from && s.first() <= to) {
                return s;
            }
        }
        return null;
    }

    private static void add(SentenceView sentence, List<ActorSpan> found, int start, int end, String code,
                            String canonical, String text, String type, double confidence) {
        int first = sentence.tokenAt(start);
        int last = sentence.tokenAt(Math.max(start, end - 1));
        if (first < 0 || last < first) {
            return;
        }
        for (ActorSpan s : found) {
            if (first <= s.last() && last >= s.first()) {
                return; // earlier layers win; spans never overlap
            }
        }
        String name = canonical != null && !canonical.isBlank() ? canonical : text;
        found.add(new ActorSpan(first, last, blankToNull(code), name, text, type, confidence));
    }

    private static String typeOf(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            if (e.start() < end && e.end() > start) {
                return e.type();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
