package org.kroniek.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.kroniek.store.DctPeriod;

/**
 * The lookup table ({@code event_group_index}) for event groups that left memory: one row per type + participant
 * and month their date reaches (widened by the day of slack the match allows), and one per type + participant and
 * story. That is enough to find every group a new mention could join: a dated one by overlapping months, an
 * undated one (or any, for an undated mention) by its story. The groups themselves are read back from the
 * {@code events} rows that carry their id. Written on the linker's connection, inside its transaction.
 */
final class EventGroupIndex {
    /**
     * A group dated over a longer period (a century) is listed by story only, as an undated one: rows per month
     * would cost more than such a vague date is worth.
     */
    static final int MAX_MONTHS = 1200;

    private final Connection connection;
    private PreparedStatement insert;
    private PreparedStatement byMonth;
    private PreparedStatement byStory;
    private PreparedStatement delete;
    private PreparedStatement moveStory;
    private boolean empty;

    EventGroupIndex(Connection connection) throws SQLException {
        this.connection = connection;
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM event_group_index LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            empty = !rs.next();
        }
    }

    /** Whether no group is out of memory (then there is nothing to look up). */
    boolean isEmpty() {
        return empty;
    }

    /** A unit separator, not NUL: PostgreSQL text cannot hold NUL. */
    static String key(String type, String participant) {
        return type + '\u001F' + participant;
    }

    static int month(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** Lists a group that leaves memory under each of its participants. */
    void add(long corefId, String type, Set<String> participants, DctPeriod date, Set<Long> stories) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement(
                    "INSERT INTO event_group_index (key, month, story, dated, coref_id) VALUES (?, ?, ?, ?, ?)");
        }
        for (String participant : participants) {
            String key = key(type, participant);
            boolean listedByMonth = date != null && month(date.last()) - month(date.first()) <= MAX_MONTHS;
            if (listedByMonth) {
                int last = month(date.last().plusDays(1));
                for (int month = month(date.first().minusDays(1)); month <= last; month++) {
                    row(key, month, null, true, corefId);
                }
            }
            for (Long story : stories) {
                row(key, null, story, listedByMonth, corefId);
            }
        }
        empty = false;
    }

    private void row(String key, Integer month, Long story, boolean dated, long corefId) throws SQLException {
        insert.setString(1, key);
        if (month != null) {
            insert.setInt(2, month);
        } else {
            insert.setNull(2, Types.INTEGER);
        }
        if (story != null) {
            insert.setLong(3, story);
        } else {
            insert.setNull(3, Types.BIGINT);
        }
        insert.setInt(4, dated ? 1 : 0);
        insert.setLong(5, corefId);
        insert.addBatch();
    }

    /** Writes the rows added since the last call. */
    void flush() throws SQLException {
        if (insert != null) {
            insert.executeBatch();
        }
    }

    /**
     * Ids below {@code below} of groups out of memory that the mention could join, ascending: for a dated mention
     * those reaching one of its months and the undated ones of its story; for an undated one all of its story.
     */
    TreeSet<Long> candidates(String type, Set<String> participants, DctPeriod date, Long story, long below)
            throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        if (empty) {
            return ids;
        }
        for (String participant : participants) {
            String key = key(type, participant);
            if (date != null) {
                if (byMonth == null) {
                    byMonth = connection.prepareStatement("SELECT coref_id FROM event_group_index "
                            + "WHERE key = ? AND month BETWEEN ? AND ? AND coref_id < ?");
                }
                byMonth.setString(1, key);
                byMonth.setInt(2, month(date.first()));
                byMonth.setInt(3, month(date.last()));
                byMonth.setLong(4, below);
                collect(byMonth, ids);
            }
            if (story != null) {
                if (byStory == null) {
                    byStory = connection.prepareStatement("SELECT coref_id FROM event_group_index "
                            + "WHERE story = ? AND key = ? AND dated <= ? AND coref_id < ?");
                }
                byStory.setLong(1, story);
                byStory.setString(2, key);
                byStory.setInt(3, date != null ? 0 : 1); // a dated mention meets a dated group by date, not story
                byStory.setLong(4, below);
                collect(byStory, ids);
            }
        }
        return ids;
    }

    private static void collect(PreparedStatement st, Set<Long> ids) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
    }

    /** The group is back in memory: its rows go. */
    void remove(long corefId) throws SQLException {
        if (delete == null) {
            delete = connection.prepareStatement("DELETE FROM event_group_index WHERE coref_id = ?");
        }
        delete.setLong(1, corefId);
        delete.executeUpdate();
    }

    /** Story {@code gone} was folded into {@code into}: groups out of memory now belong to that one. */
    void storyMerged(long gone, long into) throws SQLException {
        if (empty) {
            return;
        }
        if (moveStory == null) {
            moveStory = connection.prepareStatement("UPDATE event_group_index SET story = ? WHERE story = ?");
        }
        moveStory.setLong(1, into);
        moveStory.setLong(2, gone);
        moveStory.executeUpdate();
    }
}
