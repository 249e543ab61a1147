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
 *
 * <p>Memory: groups no mention has touched for {@link #keepDocuments} documents leave memory (every
 * {@link #sweepEvery} documents) and are listed in the {@link EventGroupIndex}; a mention that could join one
 * (same type and participant, and a month in reach or the same story) brings it back from the {@code events}
 * rows first. Since a group's id is its first mention's, and ids grow in linking order, "the first-made
 * compatible group" is the one with the smallest id, in memory or not: results do not depend on what was evicted.
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
        /**
         * Also the creation order (the first mention's seq and index): of several compatible groups a mention joins
         * the first made, as a full scan would.
         */
        final long corefId;
        final String type;
        final Set<String> participants = new HashSet<>();
        DctPeriod date;
        /** Whether the group's date is only relative to an article's ("soon"): then it links within its story only. */
        boolean vague;
        String location;
        EventPlace place;
        final Set<Long> stories = new HashSet<>();
        /** The last document that used it: groups unused for long leave memory. */
        long touched;

        Group(long corefId, String type) {
            this.corefId = corefId;
            this.type = type;
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
    private final Map<Long, Group> groupsById = new HashMap<>();
    private final EventGroupIndex evicted;
    /** Groups unused for this many documents leave memory ... */
    private final long keepDocuments;
    /** ... checked every this many documents. */
    private final int sweepEvery;
    private int sinceSweep;
    private PreparedStatement readGroup;

    EventCoreference(Connection connection) {
        this(connection, 2000, 500);
    }

    EventCoreference(Connection connection, long keepDocuments, int sweepEvery) {
        this.connection = connection;
        this.keepDocuments = keepDocuments;
        this.sweepEvery = sweepEvery;
        try {
            this.evicted = new EventGroupIndex(connection);
        } catch (SQLException e) {
            throw new org.kroniek.store.StoreException("cannot read the event group index: " + e.getMessage(), e);
        }
    }

    /** Groups in memory (for tests and measurements). */
    int groupsInMemory() {
        return groupsById.size();
    }

    /** Rebuilds the groups that were in memory; those listed in the index stay out until a mention needs them. */
    void restore() throws SQLException {
        for (Mention m : read("e.coref_id IS NOT NULL AND e.coref_id NOT IN (SELECT coref_id FROM event_group_index)",
                0, Long.MAX_VALUE, true)) {
            Group g = groupOf(m, coref(m));
            add(g, m);
            g.touched = m.seq();
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
        for (Mention m : mentions(read)) {
            Group group = find(m);
            if (group == null) {
                group = groupOf(m, m.seq() * IDX_RANGE + m.idx());
            }
            add(group, m);
            group.touched = m.seq();
            update.setLong(1, group.corefId);
            update.setLong(2, m.seq());
            update.setInt(3, m.idx());
            update.addBatch();
        }
        update.executeBatch();
        // After the batch: a group read back from the events rows must see its mentions' coref ids.
        if (++sinceSweep >= sweepEvery) {
            sinceSweep = 0;
            sweep(to - keepDocuments);
        }
    }

    /** Groups last used before document {@code before} leave memory and are listed in the index. */
    private void sweep(long before) throws SQLException {
        List<Group> cold = groupsById.values().stream().filter(g -> g.touched < before).toList();
        for (Group g : cold) {
            // A date relative to an article ("soon") links only within its story: it is listed by story alone (its
            // period runs to the end of time, which by month would be tens of thousands of rows).
            evicted.add(g.corefId, g.type, lookupNames(g.participants, g.place), g.vague ? null : g.date, g.stories);
            groupsById.remove(g.corefId);
            for (String participant : g.participants) {
                forget(groupsByParticipant, g.type + '\u0000' + participant, g);
            }
            if (g.place != null && g.place.country() != null) {
                forget(groupsByPlace, placeKey(g.type, g.place), g);
            }
        }
        evicted.flush();
    }

    private static void forget(Map<String, List<Group>> lists, String key, Group g) {
        List<Group> list = lists.get(key);
        if (list != null) {
            list.remove(g);
            if (list.isEmpty()) {
                lists.remove(key);
            }
        }
    }

    /**
     * The names a group is found by once out of memory: its participants, and its place's country (as
     * {@code @CODE}) for the same-place rule.
     */
    private static Set<String> lookupNames(Set<String> participants, EventPlace place) {
        if (place == null || place.country() == null) {
            return participants;
        }
        Set<String> names = new HashSet<>(participants);
        names.add("@" + place.country());
        return names;
    }

    /** A group out of memory as its events rows make it, left out of memory and in the index. */
    private Group peek(long corefId) throws SQLException {
        readGroup().setLong(1, corefId);
        Group g = null;
        for (Mention m : mentions(readGroup())) {
            g = g == null ? new Group(corefId, m.type()) : g;
            g.add(m);
        }
        if (g == null) {
            throw new IllegalStateException("event group " + corefId + " is indexed but has no events");
        }
        return g;
    }

    private PreparedStatement readGroup() throws SQLException {
        if (readGroup == null) {
            readGroup = connection.prepareStatement(mentionQuery("e.coref_id = ?"));
        }
        return readGroup;
    }

    /** Brings a group back from its events rows, as a restore would build it, and takes it out of the index. */
    private Group reload(long corefId, long seq) throws SQLException {
        readGroup().setLong(1, corefId);
        Group g = null;
        for (Mention m : mentions(readGroup())) {
            if (g == null) {
                g = groupOf(m, corefId);
            }
            add(g, m);
        }
        if (g == null) {
            throw new IllegalStateException("event group " + corefId + " is indexed but has no events");
        }
        g.touched = seq;
        evicted.remove(corefId);
        return g;
    }

    /**
     * The clusterer folded story {@code gone} into {@code into}: groups that knew the old id now know the new one,
     * as a restore (which reads today's memberships) would find them. Without this, an undated mention could join
     * an event after a restart that it would not have joined in one uninterrupted run.
     */
    void storyMerged(long gone, long into) throws SQLException {
        for (Group g : groupsById.values()) {
            if (g.stories.remove(gone)) {
                g.stories.add(into);
            }
        }
        evicted.storyMerged(gone, into);
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
        return groupsById.computeIfAbsent(corefId, id -> new Group(id, m.type()));
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
        while (at > 0 && list.get(at - 1).corefId > g.corefId) {
            at--;
        }
        list.add(at, g);
    }

    private static String placeKey(String type, EventPlace place) {
        return type + "\u0000@" + place.country();
    }

    /** The first-made compatible group of the mention's type, in memory or out of it, or null. */
    private Group find(Mention m) throws SQLException {
        Group first = null;
        List<List<Group>> lists = new ArrayList<>();
        for (String participant : m.participants()) {
            lists.add(groupsByParticipant.getOrDefault(m.type() + '\u0000' + participant, List.of()));
        }
        boolean placeRule = m.place() != null && m.place().country() != null && m.story() != null;
        if (placeRule) {
            lists.add(groupsByPlace.getOrDefault(placeKey(m.type(), m.place()), List.of()));
        }
        for (List<Group> list : lists) {
            for (Group g : list) {
                if (first != null && g.corefId >= first.corefId) {
                    break;
                }
                if (compatible(g, m)) {
                    first = g;
                    break;
                }
            }
        }
        long below = first == null ? Long.MAX_VALUE : first.corefId;
        Set<String> names = placeRule ? lookupNames(m.participants(), m.place()) : m.participants();
        for (long id : evicted.candidates(m.type(), names, m.vague() ? null : m.date(), m.story(), below)) {
            // Looked at first without taking it back into memory: a mention without a date may have many candidates.
            if (compatible(peek(id), m)) {
                return reload(id, m.seq()); // ascending ids: the first compatible one is the first made
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
            return mentions(st);
        }
    }

    private static List<Mention> mentions(PreparedStatement st) throws SQLException {
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
