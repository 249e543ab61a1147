package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;
import org.kroniek.core.Sentence;
import org.kroniek.core.Stage;
import org.kroniek.core.Timex;
import org.kroniek.core.Token;

/**
 * The "events" stage: who did what to whom, when, where, and who says so. Reads tokens (with UPOS and lemmas for
 * Dutch), entities, the actor linker's mentions and the time expressions when earlier stages filled them, and
 * sets the events layer. Without mentions the entity text stands for the actor; without timexes the publication
 * date for the date. Dutch and English; other languages get no events.
 */
public final class EventStage implements Stage {
    private final EventExtractor dutch;
    /** Read on the first English document: its derived lexicon is large, and most runs are Dutch only. */
    private volatile EventExtractor english;

    public EventStage() {
        this.dutch = new EventExtractor("nl");
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void process(Document doc) {
        EventExtractor extractor = extractorFor(doc.getLanguage());
        if (extractor == null || doc.getTokens().isEmpty()) {
            doc.setEvents(List.of());
            return;
        }
        List<Event> events = new ArrayList<>();
        List<Token> tokens = doc.getTokens();
        List<Sentence> sentences = doc.getSentences();
        int tokenIndex = 0;
        int previousSentenceEvents = 0;
        for (int si = 0; si < sentences.size(); si++) {
            doc.checkTimeBudget(name(), si, sentences.size());
            Sentence sentence = sentences.get(si);
            while (tokenIndex < tokens.size() && tokens.get(tokenIndex).start() < sentence.start()) {
                tokenIndex++;
            }
            int first = tokenIndex;
            while (tokenIndex < tokens.size() && tokens.get(tokenIndex).end() <= sentence.end()) {
                tokenIndex++;
            }
            int size = tokenIndex - first;
            if (size == 0 || sentence.heading()) {
                continue;
            }
            SentenceView view = new SentenceView(doc, si, tokens, first, size);
            SentenceEvents found = extractor.extract(view, extractor.actorsOf(view, within(doc.getMentions(), sentence),
                    within(doc.getEntities(), sentence)), within(doc.getTimexes(), sentence));
            int before = events.size();
            if (found.backwardSpeaker() != null) {
                reportBackwards(events, previousSentenceEvents, before, found.backwardSpeaker());
            }
            events.addAll(found.events());
            if (!found.events().isEmpty() || found.backwardSpeaker() == null) {
                previousSentenceEvents = before;
            }
        }
        doc.setEvents(events);
    }

    /** "Dat zei Lavrov dinsdag.": the events of the sentence before are his report. */
    private static void reportBackwards(List<Event> events, int from, int to, ActorSpan speaker) {
        for (int i = from; i < to; i++) {
            Event e = events.get(i);
            if (e.source() != null || speaker.value().equals(e.actor())) {
                continue;
            }
            String mode = Modes.stronger(e.mode(), Modes.REPORTED);
            events.set(i, new Event(e.trigger(), e.type(), e.actor(), e.target(), e.location(), e.date(), mode,
                    speaker.name(), e.sentence(), e.confidence()));
        }
    }

    /** The spans of a layer (in text order) that lie inside a sentence, found by binary search. */
    private static <T> List<T> within(List<T> layer, Sentence sentence) {
        if (layer.isEmpty()) {
            return List.of();
        }
        int lo = 0;
        int hi = layer.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf(layer.get(mid)) < sentence.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<T> inside = new ArrayList<>();
        for (int i = lo; i < layer.size() && startOf(layer.get(i)) < sentence.end(); i++) {
            if (endOf(layer.get(i)) <= sentence.end()) {
                inside.add(layer.get(i));
            }
        }
        return inside;
    }

    private static int startOf(Object span) {
        return switch (span) {
            case Mention m -> m.start();
            case Entity e -> e.start();
            case Timex t -> t.start();
            default -> throw new IllegalArgumentException("not a span: " + span);
        };
    }

    private static int endOf(Object span) {
        return switch (span) {
            case Mention m -> m.end();
            case Entity e -> e.end();
            case Timex t -> t.end();
            default -> throw new IllegalArgumentException("not a span: " + span);
        };
    }

    private EventExtractor english() {
        EventExtractor extractor = english;
        if (extractor == null) {
            synchronized (this) {
                extractor = english;
                if (extractor == null) {
                    extractor = new EventExtractor("en");
                    english = extractor;
                }
            }
        }
        return extractor;
    }

    private EventExtractor extractorFor(String language) {
        String lang = language == null || language.isBlank() ? "nl" : language.toLowerCase(Locale.ROOT);
        if (lang.startsWith("nl")) {
            return dutch;
        }
        if (lang.startsWith("en")) {
            return english();
        }
        return null;
    }
}
