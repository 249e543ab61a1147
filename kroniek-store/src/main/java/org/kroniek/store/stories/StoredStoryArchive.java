package org.kroniek.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import org.kroniek.store.StoreException;

/**
 * Closed stories in the {@code story_archive} table, written on the linker's connection inside its open
 * transaction: an archived story and the memberships that made it commit (or roll back) together. The table is
 * derived state: it is emptied whenever the clusterer is rebuilt from the memberships.
 */
final class StoredStoryArchive implements StoryArchive {
    private final Connection connection;

    StoredStoryArchive(Connection connection) {
        this.connection = connection;
    }

    void clear() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM story_archive");
        }
    }

    @Override
    public void put(Collection<Story> stories) {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO story_archive (story_id, state) VALUES (?, ?) "
                + "ON CONFLICT (story_id) DO UPDATE SET state = excluded.state")) {
            for (Story story : stories) {
                st.setLong(1, story.id());
                st.setBytes(2, StoryState.write(story));
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot archive closed stories: " + e.getMessage(), e);
        }
    }

    @Override
    public Story take(long storyId) {
        Story story = peek(storyId);
        if (story != null) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM story_archive WHERE story_id = ?")) {
                st.setLong(1, storyId);
                st.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot reopen story " + storyId + ": " + e.getMessage(), e);
            }
        }
        return story;
    }

    @Override
    public Story peek(long storyId) {
        try (PreparedStatement st = connection.prepareStatement("SELECT state FROM story_archive WHERE story_id = ?")) {
            st.setLong(1, storyId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? StoryState.read(rs.getBytes(1)) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read archived story " + storyId + ": " + e.getMessage(), e);
        }
    }
}
