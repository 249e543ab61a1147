package org.kroniek.app.eval.seeds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;
import org.kroniek.core.Sentence;

/**
 * Scores the events layer against the reference events of one seed article. A system event matches a reference
 * event when their triggers overlap, their types are equal and the actors agree: the reference actor (a CAMEO code
 * or a canonical person name) equals the event's actor, or the canonical name the system gives that actor in the
 * event's sentence; a reference event without an actor accepts any. Each reference event is matched at most once.
 * Core recall counts the core reference events found; precision counts system events that match any reference
 * event (non-core ones included).
 */
final class EventScoring {
    private EventScoring() {
    }

    static void score(SeedGold.Doc gold, Document doc, SeedsScores.Builder scores) {
        List<int[]> spans = placeTriggers(gold, doc, scores);
        boolean[] used = new boolean[gold.events().size()];
        for (Event event : doc.getEvents()) {
            int match = -1;
            for (int g = 0; g < used.length && match < 0; g++) {
                if (!used[g] && spans.get(g) != null && matches(gold.events().get(g), spans.get(g), event, doc)) {
                    match = g;
                }
            }
            if (match >= 0) {
                used[match] = true;
            }
            scores.eventSystem(match >= 0, gold.file() + ": extra event " + describe(event));
        }
        for (int g = 0; g < used.length; g++) {
            SeedGold.GoldEvent event = gold.events().get(g);
            if (event.core()) {
                scores.eventCore(used[g], gold.file() + ": missed core event " + event.type() + " '"
                        + event.trigger() + "' by " + event.actor());
            }
        }
    }

    /** Reference triggers in text order where possible; a trigger listed out of order is found from the start. */
    private static List<int[]> placeTriggers(SeedGold.Doc gold, Document doc, SeedsScores.Builder scores) {
        SurfaceAligner aligner = new SurfaceAligner(doc.getText());
        List<int[]> spans = new ArrayList<>();
        for (SeedGold.GoldEvent event : gold.events()) {
            int start = aligner.next(event.trigger());
            if (start < 0) {
                start = new SurfaceAligner(doc.getText()).next(event.trigger());
            }
            if (start < 0) {
                scores.note(gold.file() + ": reference event trigger '" + event.trigger() + "' not found in the text");
                spans.add(null);
            } else {
                spans.add(new int[] {start, start + event.trigger().length()});
            }
        }
        return spans;
    }

    private static boolean matches(SeedGold.GoldEvent gold, int[] span, Event event, Document doc) {
        boolean overlaps = event.trigger().start() < span[1] && span[0] < event.trigger().end();
        if (!overlaps || !gold.type().equals(event.type())) {
            return false;
        }
        return gold.actor() == null || event.actor() != null && actorNames(event, doc).contains(gold.actor());
    }

    /** The event's actor value and every canonical name the system gives an actor with that value in its sentence. */
    static Set<String> actorNames(Event event, Document doc) {
        Set<String> names = new HashSet<>();
        names.add(event.actor());
        if (event.sentence() < 0 || event.sentence() >= doc.getSentences().size()) {
            return names;
        }
        Sentence sentence = doc.getSentences().get(event.sentence());
        for (Mention m : doc.getMentions()) {
            if (m.start() >= sentence.start() && m.end() <= sentence.end() && m.canonical() != null
                    && (event.actor().equals(m.actor()) || event.actor().equals(m.canonical()))) {
                names.add(m.canonical());
            }
        }
        for (Entity e : doc.getEntities()) {
            if (e.start() >= sentence.start() && e.end() <= sentence.end() && e.canonical() != null
                    && (event.actor().equals(e.actor()) || event.actor().equals(e.canonical()))) {
                names.add(e.canonical());
            }
        }
        return names;
    }

    private static String describe(Event e) {
        return e.type() + " '" + e.trigger().text() + "' by " + e.actor() + (e.target() == null ? "" : " on "
                + e.target()) + " (sentence " + e.sentence() + ")";
    }
}
