package org.kroniek.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kroniek.store.DctPeriod;

/**
 * Cross-document event coreference: two event mentions are one real-world event when they have the same type,
 * share a participant (actor or target code), their dates overlap (a month-precise "in February" matches
 * "8 February") and their places do not differ (the same place, one within the other, or one unknown). Within one
 * story a shared place stands in for a shared participant: articles name different parties of one meeting ("talks
 * in Astana" planned by Russia, "the talks" the US sends an observer to in Kazakhstan). Undated mentions, and those
 * dated only relative to their article ("soon", "at the moment"), only join events of the same story. Each
 * mention's {@code events.coref_id} is the id of the first mention of its event ({@code seq * 100000 + idx}), so
 * the ids are stable whatever order linking is rerun in.
 */
public final class EventCoreference {
    static final long IDX_RANGE = 100_000;

    /**
     * @param vague whether the date only says "before", "around" or "after" the article's own date
     * @param place the location with its country, or null
     */
    record Mention(long seq, int idx, String type, Set<String> participants, DctPeriod date, String location,
                   Long story, boolean vague, EventPlace place) {
    }

    private static final class Group {
        final long corefId;
        /** Creation order: of several compatible groups a mention joins the first made, as a full scan would. */
        final long order;
        final Set<String> participants = new HashSet<>();
        DctPeriod date;
        /** Whether the group's date is only relative to an article's ("soon"): then it links within its story only. */
        boolean vague;
        String location;
        EventPlace place;
        final Set<Long> stories = new HashSet<>();

        Group(long corefId, long order) {
            this.corefId = corefId;
            this.order = order;
        }

        void add(Mention m) {
            participants.addAll(m.participants());
            if (m.date() != null && (date == null || (vague && !m.vague()) || (vague == m.vague()
                    && m.date().last().toEpochDay() - m.date().first().toEpochDay()
                    < date.last().toEpochDay() - date.first().toEpochDay()))) {
                date = m.date(); // keep the most precise date seen, a calendar date before a relative one
                vague = m.vague();
            }
            if (location == null) {
                location = m.location();
                place = m.place();
            }
            if (m.story() != null) {
                stories.add(m.story());
            }
        }
    }

    private final Connection connection;
    /**
     * type + participant -> groups of that type naming the participant, in creation order. A mention can only join a
     * group sharing a participant, so these lists are all it needs to look at (not every group of its type).
     */
    private final Map<String, List<Group>> groupsByParticipant = new HashMap<>();
    /** type + country of the place -> groups of that type placed there, in creation order (the same-place rule). */
    private final Map<String, List<Group>> groupsByPlace = new HashMap<>();
    private long created;
    private final Map<Long, Group> groupsById = new HashMap<>();

    EventCoreference(Connection connection) {
        this.connection = connection;
    }

    void restore() throws SQLException {
        for (Mention m : read("e.coref_id IS NOT NULL", 0, Long.MAX_VALUE, true)) {
            add(groupOf(m, coref(m)), m);
        }
    }

    /**
     * Prepares the statements {@link #linkNew} uses, once for a linking pass of many documents (preparing them
     * for every document cost more than running them). Close the pass when done.
     */
    Pass beginPass() throws SQLException {
        return new Pass();
    }

    /** The statements of one linking pass. */
    final class Pass implements AutoCloseable {
        private final PreparedStatement read = connection.prepareStatement(mentionQuery(NEW_MENTIONS));
        private final PreparedStatement update = connection.prepareStatement(
                "UPDATE events SET coref_id = ? WHERE seq = ? AND idx = ?");

        private Pass() throws SQLException {
        }

        /** Links the events of documents with {@code from < seq <= to}. */
        void linkNew(long from, long to) throws SQLException {
            EventCoreference.this.linkNew(read, update, from, to);
        }

        @Override
        public void close() throws SQLException {
            try {
                read.close();
            } finally {
                update.close();
            }
        }
    }

    private static final String NEW_MENTIONS = "e.coref_id IS NULL AND e.seq > ? AND e.seq <= ?";

    /** Links the events of documents with {@code from < seq <= to}. */
    void linkNew(long from, long to) throws SQLException {
        try (Pass pass = beginPass()) {
            pass.linkNew(from, to);
        }
    }

    private void linkNew(PreparedStatement read, PreparedStatement update, long from, long to) throws SQLException {
        read.setLong(1, from);
        read.setLong(2, to);
        for (Mention m : read(read)) {
            Group group = find(m);
            if (group == null) {
                group = groupOf(m, m.seq() * IDX_RANGE + m.idx());
            }
            add(group, m);
            update.setLong(1, group.corefId);
            update.setLong(2, m.seq());
            update.setInt(3, m.idx());
            update.addBatch();
        }
        update.executeBatch();
    }

    /**
     * The clusterer folded story {@code gone} into {@code into}: groups that knew the old id now know the new one,
     * as a restore (which reads today's memberships) would find them. Without this, an undated mention could join
     * an event after a restart that it would not have joined in one uninterrupted run.
     */
    void storyMerged(long gone, long into) {
        for (Group g : groupsById.values()) {
            if (g.stories.remove(gone)) {
                g.stories.add(into);
            }
        }
    }

    private long coref(Mention m) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT coref_id FROM events WHERE seq = ? AND idx = ?")) {
            st.setLong(1, m.seq());
            st.setInt(2, m.idx());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Group groupOf(Mention m, long corefId) {
        return groupsById.computeIfAbsent(corefId, id -> new Group(id, created++));
    }

    /** Adds a mention to a group, listing the group under each participant it gains and the place it first gets. */
    private void add(Group g, Mention m) {
        for (String participant : m.participants()) {
            if (!g.participants.contains(participant)) {
                insertInOrder(groupsByParticipant.computeIfAbsent(m.type() + '\u0000' + participant,
                        k -> new ArrayList<>()), g);
            }
        }
        if (g.place == null && m.place() != null && m.place().country() != null) {
            insertInOrder(groupsByPlace.computeIfAbsent(placeKey(m.type(), m.place()), k -> new ArrayList<>()), g);
        }
        g.add(m);
    }

    /** Kept in creation order; a group usually comes last, an older one gaining a participant does not. */
    private static void insertInOrder(List<Group> list, Group g) {
        int at = list.size();
        while (at > 0 && list.get(at - 1).order > g.order) {
            at--;
        }
        list.add(at, g);
    }

    private static String placeKey(String type, EventPlace place) {
        return type + "\u0000@" + place.country();
    }

    /** The first-made compatible group of the mention's type, or null. */
    private Group find(Mention m) {
        Group first = null;
        List<List<Group>> lists = new ArrayList<>();
        for (String participant : m.participants()) {
            lists.add(groupsByParticipant.getOrDefault(m.type() + '\u0000' + participant, List.of()));
        }
        if (m.place() != null && m.place().country() != null && m.story() != null) {
            lists.add(groupsByPlace.getOrDefault(placeKey(m.type(), m.place()), List.of()));
        }
        for (List<Group> list : lists) {
            for (Group g : list) {
                if (first != null && g.order >= first.order) {
                    break;
                }
                if (compatible(g, m)) {
                    first = g;
                    break;
                }
            }
        }
        return first;
    }

    /** One side of a comparison: a mention, or a group of mentions already found to be one event. */
    record Side(Set<String> participants, DctPeriod date, boolean vague, EventPlace place, Long story) {
    }

    static boolean sameEvent(Side a, Side b) {
        boolean sameStory = a.story() != null && a.story().equals(b.story());
        boolean placed = a.place() != null && b.place() != null;
        if (placed && !a.place().sameOrWithin(b.place())) {
            return false;
        }
        boolean shared = a.participants().stream().anyMatch(b.participants()::contains);
        // Without a shared participant only a shared place within one story says it is the same event.
        if (!shared && !(placed && sameStory)) {
            return false;
        }
        if (a.date() == null || b.date() == null || a.vague() || b.vague()) {
            if (!sameStory) {
                return false;
            }
            if (a.date() == null || b.date() == null) {
                return true;
            }
        }
        // One day of slack: "yesterday" in a late-night article and "today" in the next morning's are the same day.
        return !a.date().first().isAfter(b.date().last().plusDays(1))
                && !b.date().first().isAfter(a.date().last().plusDays(1));
    }

    private static boolean compatible(Group g, Mention m) {
        Side mention = new Side(m.participants(), m.date(), m.vague(), m.place(), m.story());
        for (Long story : g.stories.isEmpty() ? java.util.Collections.<Long>singleton(null) : g.stories) {
            if (sameEvent(new Side(g.participants, g.date, g.vague, g.place, story), mention)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relative date read against the article's creation period: "now" is that period, "soon" from its start
     * on, "recently" up to its end. Null for any other value.
     */
    static DctPeriod relativeDate(String value, DctPeriod dct) {
        if (value == null || dct == null) {
            return null;
        }
        return switch (value) {
            case "PRESENT_REF" -> dct;
            case "FUTURE_REF" -> new DctPeriod(dct.first(), java.time.LocalDate.of(9999, 12, 31));
            case "PAST_REF" -> new DctPeriod(java.time.LocalDate.of(1, 1, 1), dct.last());
            default -> null;
        };
    }

    private static DctPeriod dctPeriod(String first, String last) {
        try {
            return first == null || last == null ? null
                    : new DctPeriod(java.time.LocalDate.parse(first), java.time.LocalDate.parse(last));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String mentionQuery(String where) {
        // The place's actor code comes from the document's own linking of that name (Astana -> KAZ).
        return "SELECT e.seq, e.idx, e.type, e.actor_code, e.target_code, e.event_date, e.location, m.story_id, "
                + "d.dct_first_day, d.dct_last_day, (SELECT p.actor_code FROM mentions p WHERE p.seq = e.seq "
                + "AND p.canonical = e.location AND p.actor_code IS NOT NULL ORDER BY p.idx LIMIT 1) "
                + "FROM events e JOIN documents d ON d.seq = e.seq LEFT JOIN story_members m ON m.seq = e.seq "
                + "WHERE e.type IS NOT NULL AND " + where + " ORDER BY e.seq, e.idx";
    }

    private List<Mention> read(String where, long from, long to, boolean all) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(mentionQuery(where))) {
            if (!all) {
                st.setLong(1, from);
                st.setLong(2, to);
            }
            return read(st);
        }
    }

    private static List<Mention> read(PreparedStatement st) throws SQLException {
        List<Mention> mentions = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Set<String> participants = new HashSet<>();
                for (int c = 4; c <= 5; c++) {
                    if (rs.getString(c) != null && !rs.getString(c).isBlank()) {
                        participants.add(rs.getString(c).toUpperCase(Locale.ROOT));
                    }
                }
                long story = rs.getLong(8);
                Long storyId = rs.wasNull() ? null : story;
                DctPeriod date = DctPeriod.parse(rs.getString(6)).orElse(null);
                boolean vague = false;
                if (date == null) {
                    date = relativeDate(rs.getString(6), dctPeriod(rs.getString(9), rs.getString(10)));
                    vague = date != null;
                }
                mentions.add(new Mention(rs.getLong(1), rs.getInt(2), rs.getString(3), participants, date,
                        rs.getString(7), storyId, vague, EventPlace.of(rs.getString(7), rs.getString(11))));
            }
        }
        return mentions;
    }

}
