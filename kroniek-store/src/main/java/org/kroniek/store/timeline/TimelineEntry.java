package org.kroniek.store.timeline;

import java.util.List;

/**
 * One real-world event on a timeline: its date (the most precise one its reports give; the first report's
 * creation time when none does, with {@code dateFromDocument} set), type, actor, target and place, and every
 * report of it.
 */
public record TimelineEntry(long eventId, String date, boolean dateFromDocument, String type, String actor,
                            String target, String location, List<TimelineSource> sources) {

    /** The number of distinct documents that report it. */
    public long documents() {
        return sources.stream().mapToLong(TimelineSource::seq).distinct().count();
    }
}
