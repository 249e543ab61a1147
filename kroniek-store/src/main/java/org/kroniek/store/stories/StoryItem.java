package org.kroniek.store.stories;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.kroniek.store.DctPeriod;

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

    /** The creation time in fractional epoch days; an undated document is placed at day 0 of its period or 0. */
    public static double timeOf(String dct) {
        if (dct == null) {
            return 0;
        }
        try {
            if (dct.length() >= 16 && dct.charAt(10) == 'T') {
                return LocalDateTime.parse(dct.substring(0, 16)).toEpochSecond(ZoneOffset.UTC) / 86_400.0;
            }
        } catch (DateTimeParseException e) {
            // fall back to the day
        }
        return DctPeriod.parse(dct).map(p -> (double) p.first().toEpochDay()).orElse(0.0);
    }
}
