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
 * "8 February") and their places do not differ. Undated mentions only join events of the same story. Each
 * mention's {@code events.coref_id} is the id of the first mention of its event ({@code seq * 100000 + idx}), so
 * the ids are stable whatever order linking is rerun in.
 */
public final class EventCoreference {
    static final long IDX_RANGE = 100_000;

    record Mention(long seq, int idx, String type, Set<String> participants, DctPeriod date, String location,
                   Long story) {
    }

    private static final class Group {
        final long corefId;
        /** Creation order: of several compatible groups a mention joins the first made, as a full scan would. */
        final long order;
        final Set<String> participants = new HashSet<>();
        DctPeriod date;
        String location;
        final Set<Long> stories = new HashSet<>();

        Group(long corefId, long order) {
            this.corefId = corefId;
            this.order = order;
        }

        void add(Mention m) {
            participants.addAll(m.participants());
            if (date == null || (m.date() != null && m.date().last().toEpochDay() - m.date().first().toEpochDay()
                    < date.last().toEpochDay() - date.first().toEpochDay())) {
                date = m.date() != null ? m.date() : date; // keep the most precise date seen
            }
            if (location == null) {
                location = m.location();
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

    /** Links the events of documents with {@code from < seq <= to}. */
    void linkNew(long from, long to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE events SET coref_id = ? WHERE seq = ? AND idx = ?")) {
            for (Mention m : read("e.coref_id IS NULL AND e.seq > ? AND e.seq <= ?", from, to, false)) {
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

    /** Adds a mention to a group, listing the group under each participant it gains. */
    private void add(Group g, Mention m) {
        for (String participant : m.participants()) {
            if (!g.participants.contains(participant)) {
                List<Group> list = groupsByParticipant.computeIfAbsent(m.type() + '\u0000' + participant,
                        k -> new ArrayList<>());
                // Kept in creation order; a group usually comes last, an older one gaining a participant does not.
                int at = list.size();
                while (at > 0 && list.get(at - 1).order > g.order) {
                    at--;
                }
                list.add(at, g);
            }
        }
        g.add(m);
    }

    /** The first-made compatible group of the mention's type, or null. */
    private Group find(Mention m) {
        Group first = null;
        for (String participant : m.participants()) {
            for (Group g : groupsByParticipant.getOrDefault(m.type() + '\u0000' + participant, List.of())) {
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

    static boolean sameEvent(Set<String> participantsA, DctPeriod dateA, String locationA, Long storyA,
                             Set<String> participantsB, DctPeriod dateB, String locationB, Long storyB) {
        boolean shared = participantsA.stream().anyMatch(participantsB::contains);
        if (!shared) {
            return false;
        }
        if (locationA != null && locationB != null && !locationA.equalsIgnoreCase(locationB)) {
            return false;
        }
        if (dateA == null || dateB == null) {
            return storyA != null && storyA.equals(storyB);
        }
        // One day of slack: "yesterday" in a late-night article and "today" in the next morning's are the same day.
        return !dateA.first().isAfter(dateB.last().plusDays(1)) && !dateB.first().isAfter(dateA.last().plusDays(1));
    }

    private static boolean compatible(Group g, Mention m) {
        for (Long story : g.stories.isEmpty() ? java.util.Collections.<Long>singleton(null) : g.stories) {
            if (sameEvent(g.participants, g.date, g.location, story, m.participants(), m.date(), m.location(), m.story())) {
                return true;
            }
        }
        return false;
    }

    private List<Mention> read(String where, long from, long to, boolean all) throws SQLException {
        List<Mention> mentions = new ArrayList<>();
        String sql = "SELECT e.seq, e.idx, e.type, e.actor_code, e.target_code, e.event_date, e.location, m.story_id "
                + "FROM events e LEFT JOIN story_members m ON m.seq = e.seq WHERE e.type IS NOT NULL AND " + where
                + " ORDER BY e.seq, e.idx";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (!all) {
                st.setLong(1, from);
                st.setLong(2, to);
            }
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
                    mentions.add(new Mention(rs.getLong(1), rs.getInt(2), rs.getString(3), participants,
                            DctPeriod.parse(rs.getString(6)).orElse(null), rs.getString(7), storyId));
                }
            }
        }
        return mentions;
    }

}
