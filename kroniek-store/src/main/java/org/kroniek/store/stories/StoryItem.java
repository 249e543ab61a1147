package org.kroniek.store.stories;

import java.util.Map;
import java.util.Set;

/**
 * What the clusterer sees of one document: its headline, term counts (title and lead, analysed for its
 * language), the actors it names and the events it reports, and when it appeared.
 *
 * @param id     the caller's id (the store's sequence number, or a row number in an evaluation)
 * @param time   when it appeared, in (fractional) epoch days
 * @param actors canonical actor names or codes (entities once linked)
 * @param events event keys such as {@code CONSULT|SYR:GOV|SYR:OPP}
 */
public record StoryItem(long id, double time, String title, Map<String, Integer> terms, Set<String> actors,
                        Set<String> events) {
    public StoryItem {
        terms = Map.copyOf(terms);
        actors = Set.copyOf(actors);
        events = Set.copyOf(events);
    }
}
