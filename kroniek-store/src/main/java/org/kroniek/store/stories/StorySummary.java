package org.kroniek.store.stories;

import java.util.Map;

/** A stored story as listed: title (most central headline), time span, size, main actors with counts, top terms. */
public record StorySummary(long id, String title, String firstDay, String lastDay, int documents,
                           Map<String, Integer> actors, String terms) {
}
