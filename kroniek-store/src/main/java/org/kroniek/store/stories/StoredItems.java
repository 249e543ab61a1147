package org.kroniek.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads stored documents as the clusterer sees them: title (counted twice: a headline says what the story is)
 * and lead, actors (canonical names of linked mentions and entities, else entity text) and event keys.
 */
final class StoredItems {
    /** The lead carries the story; the rest of a long article mostly adds background that other stories share. */
    static final int LEAD_CHARACTERS = 1500;

    record Row(StoryItem item, Long duplicateOf) {
    }

    private final Connection connection;
    private final StoryTerms terms = new StoryTerms();

    StoredItems(Connection connection) {
        this.connection = connection;
    }

    /** Documents with {@code from < seq <= to}, in sequence order. */
    List<Row> read(long from, long to) throws SQLException {
        return read(from, to, Map.of());
    }

    /**
     * As {@link #read(long, long)}, taking a document's item from {@code prepared} (by sequence number) when it
     * was built from the same document (same identity) on an analysis thread: the same item, without counting
     * terms or querying actors and events on the writer thread.
     */
    List<Row> read(long from, long to, Map<Long, PreparedStoryItem> prepared) throws SQLException {
        List<Row> rows = new ArrayList<>();
        List<Boolean> complete = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT seq, language, dct, title, substr(text, 1, "
                + LEAD_CHARACTERS + "), duplicate_of, identity FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            st.setLong(1, from);
            st.setLong(2, to);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    long duplicateOf = rs.getLong(6);
                    Long dup = rs.wasNull() ? null : duplicateOf;
                    PreparedStoryItem ready = prepared.get(seq);
                    if (ready != null && ready.identity().equals(rs.getString(7))) {
                        rows.add(new Row(ready.withId(seq), dup));
                        complete.add(true);
                    } else {
                        rows.add(new Row(item(seq, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Set.of(), Set.of(), terms), dup));
                        complete.add(false);
                    }
                }
            }
        }
        // Actors and events of the others, once the cursor is closed.
        for (int r = 0; r < rows.size(); r++) {
            if (!complete.get(r)) {
                Row row = rows.get(r);
                StoryItem i = row.item();
                rows.set(r, new Row(new StoryItem(i.id(), i.time(), i.title(), i.terms(), actors(i.id()),
                        events(i.id())), row.duplicateOf()));
            }
        }
        return rows;
    }

    /**
     * A document as the clusterer sees it: its headline counted twice (a text without one is named by its first
     * line), plus its lead ({@code lead}: the first {@link #LEAD_CHARACTERS} characters of the text).
     */
    static StoryItem item(long seq, String language, String dct, String title, String lead, Set<String> actors,
                          Set<String> events, StoryTerms terms) {
        Map<String, Integer> counts = terms.count(title, language);
        if (title == null || title.isBlank()) {
            title = firstLine(lead);
        }
        counts.replaceAll((t, n) -> 2 * n);
        terms.count(lead, language).forEach((t, n) -> counts.merge(t, n, Integer::sum));
        return new StoryItem(seq, StoryItem.timeOf(dct), title, counts, actors, events);
    }

    private Set<String> actors(long seq) throws SQLException {
        Set<String> actors = new HashSet<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT coalesce(canonical, text) FROM mentions WHERE seq = ? AND (canonical IS NOT NULL OR actor_code IS NOT NULL) "
                        + "UNION SELECT coalesce(canonical, text) FROM entities WHERE seq = ?")) {
            st.setLong(1, seq);
            st.setLong(2, seq);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        actors.add(rs.getString(1).strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return actors;
    }

    private Set<String> events(long seq) throws SQLException {
        Set<String> events = new HashSet<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT type, actor_code, target_code FROM events WHERE seq = ? AND type IS NOT NULL")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
        }
        return events;
    }

    /** A text without a headline is named by its first line (a heading, or the lead sentence), cut at 120. */
    static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip();
        int end = line.indexOf('\n');
        line = end < 0 ? line : line.substring(0, end).strip();
        int stop = line.indexOf(". ");
        if (stop > 20) {
            line = line.substring(0, stop + 1);
        }
        return line.length() <= 120 ? line : line.substring(0, line.lastIndexOf(' ', 117) > 40 ? line.lastIndexOf(' ', 117) : 117) + " ...";
    }

    static String day(double time) {
        return LocalDate.ofEpochDay((long) Math.floor(time)).toString();
    }
}
