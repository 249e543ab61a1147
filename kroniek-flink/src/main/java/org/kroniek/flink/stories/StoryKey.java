package org.kroniek.flink.stories;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.java.functions.KeySelector;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Mention;
import org.kroniek.flink.record.JobRecord;

/**
 * A document's story candidate key, from the document alone: its most salient actor, the canonical actor it
 * mentions most often (a tie goes to the one named first). Reports of one story mostly share their main actor, so
 * they meet on one key; canonical names are the same in every language, so Dutch and English reports of a story
 * meet too. A report whose main actor is another one (the same talks told from the other side) lands on another
 * key and there starts or joins another story: the price of partitioning, measured in docs/SCALE-OUT.md. Without
 * linked actors the most frequent named entity stands in; without either, the document goes to its language's
 * catch-all key.
 */
public final class StoryKey implements KeySelector<JobRecord, String> {
    private static final long serialVersionUID = 1L;
    /** Inputs that failed carry no document; they pass through under this key. */
    public static final String FAILED = "!failed";

    @Override
    public String getKey(JobRecord record) {
        return record.isFailed() ? FAILED : of(record.document());
    }

    public static String of(Document document) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (Mention m : document.getMentions()) {
            if (m.canonical() != null) {
                count(m.canonical(), m.start(), counts, firstAt);
            }
        }
        if (counts.isEmpty()) {
            for (Entity e : document.getEntities()) {
                count(e.canonical() != null ? e.canonical() : e.text(), e.start(), counts, firstAt);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> actor : counts.entrySet()) {
            if (best == null || actor.getValue() > counts.get(best)
                    || (actor.getValue().equals(counts.get(best)) && firstAt.get(actor.getKey()) < firstAt.get(best))) {
                best = actor.getKey();
            }
        }
        if (best != null) {
            return best;
        }
        return "-" + (document.getLanguage() == null ? "" : document.getLanguage()); // no name: not an actor
    }

    private static void count(String name, int start, Map<String, Integer> counts, Map<String, Integer> firstAt) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
            counts.merge(key, 1, Integer::sum);
            firstAt.merge(key, start, Math::min);
        }
    }
}
