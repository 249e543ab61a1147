package org.kroniek.app.timeline;

import java.io.PrintStream;
import java.util.List;
import org.kroniek.store.timeline.TimelineEntry;
import org.kroniek.store.timeline.TimelineSource;

/** A timeline as text a journalist can paste: date, what happened, then each source with its sentence. */
final class TimelineText {
    private final PrintStream out;

    TimelineText(PrintStream out) {
        this.out = out;
    }

    void print(String title, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            out.println("No dated events for " + title + ". (Events come from the events layer of ingested documents.)");
            return;
        }
        out.printf("Timeline for %s: %d events%n%n", title, entries.size());
        for (TimelineEntry e : entries) {
            out.printf("%s%-10s  %s%s%s%s%n", e.dateFromDocument() ? "~" : " ", e.date() == null ? "undated" : e.date(),
                    e.type(), e.actor() == null ? "" : "  " + e.actor(), e.target() == null ? "" : " -> " + e.target(),
                    e.location() == null ? "" : "  @ " + e.location());
            for (TimelineSource s : e.sources()) {
                out.printf("             [%s, %s%s] %s%n", s.documentId() != null ? s.documentId() : "#" + s.seq(),
                        s.dct(), s.mode() == null ? "" : ", " + s.mode(),
                        s.sentenceText() == null ? "(sentence " + s.sentence() + ")" : "\"" + s.sentenceText() + "\"");
            }
        }
    }
}
