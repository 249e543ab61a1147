package org.kroniek.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The statements story linking runs once per document (membership lookups and rows, merges), prepared once per
 * linking pass instead of once per call.
 */
final class StoryStatements implements AutoCloseable {
    private final PreparedStatement storyOf;
    private final PreparedStatement member;
    private final PreparedStatement ensureStory;
    private final PreparedStatement moveMembers;
    private final PreparedStatement deleteStory;

    StoryStatements(Connection connection) throws SQLException {
        storyOf = connection.prepareStatement("SELECT story_id FROM story_members WHERE seq = ?");
        member = connection.prepareStatement(
                "INSERT INTO story_members (story_id, seq, score) VALUES (?, ?, ?) "
                        + "ON CONFLICT (story_id, seq) DO UPDATE SET score = excluded.score");
        ensureStory = connection.prepareStatement("INSERT INTO stories (story_id) VALUES (?) ON CONFLICT (story_id) DO NOTHING");
        moveMembers = connection.prepareStatement("UPDATE story_members SET story_id = ? WHERE story_id = ?");
        deleteStory = connection.prepareStatement("DELETE FROM stories WHERE story_id = ?");
    }

    Long storyOf(long seq) throws SQLException {
        storyOf.setLong(1, seq);
        try (ResultSet rs = storyOf.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    void member(StoryAssignment a) throws SQLException {
        member.setLong(1, a.storyId());
        member.setLong(2, a.itemId());
        member.setDouble(3, a.score());
        member.executeUpdate();
    }

    /** A placeholder row for a story new in this pass; its fields are written once the pass is done with it. */
    void ensureStory(long id) throws SQLException {
        ensureStory.setLong(1, id);
        ensureStory.executeUpdate();
    }

    /** Moves the members of a story merged into another and deletes its row. */
    void move(long gone, long into) throws SQLException {
        moveMembers.setLong(1, into);
        moveMembers.setLong(2, gone);
        moveMembers.executeUpdate();
        deleteStory.setLong(1, gone);
        deleteStory.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : new PreparedStatement[] {storyOf, member, ensureStory, moveMembers, deleteStory}) {
            st.close();
        }
    }
}
