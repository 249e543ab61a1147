package org.kroniek.store.export;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.store.stories.StoryQueries;
import org.kroniek.store.timeline.ActorNames;
import org.kroniek.store.timeline.Timeline;
import org.kroniek.store.timeline.TimelineEntry;
import org.kroniek.store.timeline.TimelineSource;

/**
 * An event table in the spirit of GDELT's: one row per real-world event (coreferent reports merged), with the
 * first report as its source, and how many reports and documents there are.
 */
public final class EventTableExport {
    public static final List<String> COLUMNS = List.of("event_id", "date", "date_from_document", "actor1_code",
            "actor1_name", "actor2_code", "actor2_name", "event_type", "mode", "location", "num_mentions",
            "num_sources", "source_document", "source_url", "source_dct", "sentence_index", "sentence", "trigger",
            "confidence", "story_id");

    private final Connection connection;

    public EventTableExport(Connection connection) {
        this.connection = connection;
    }

    /** Writes the header and one row per event, in date order; returns the number of rows. */
    public int write(PrintWriter out) {
        out.println(String.join(",", COLUMNS));
        Map<String, String> names = new HashMap<>();
        StoryQueries stories = new StoryQueries(connection);
        int rows = 0;
        {
            for (TimelineEntry e : new Timeline(connection).all()) {
                TimelineSource first = e.sources().get(0);
                out.println(Csv.line(java.util.Arrays.asList(e.eventId(), e.date(), e.dateFromDocument(), e.actor(),
                        name(names, e.actor()), e.target(), name(names, e.target()), e.type(), first.mode(), e.location(),
                        e.sources().size(), e.documents(), first.documentId(), first.source(), first.dct(),
                        first.sentence(), first.sentenceText(), first.trigger(),
                        String.format(Locale.ROOT, "%.2f", first.confidence()),
                        stories.storyOf(first.seq()).orElse(null))));
                rows++;
            }
        }
        out.flush();
        return rows;
    }

    private String name(Map<String, String> cache, String code) {
        return code == null ? null : cache.computeIfAbsent(code, c -> ActorNames.name(connection, c));
    }
}
