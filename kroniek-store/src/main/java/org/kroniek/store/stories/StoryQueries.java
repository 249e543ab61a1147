package org.kroniek.store.stories;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.StoreException;

/** Reads stories for the CLI, the server and exports. */
public final class StoryQueries {
    private static final String COLUMNS = "story_id, title, first_day, last_day, documents, actors_json, terms";

    private final Connection connection;

    public StoryQueries(Connection connection) {
        this.connection = connection;
    }

    /** Stories, largest first (ties: most recent first). */
    public List<StorySummary> largest(int limit, int minDocuments) {
        return list("SELECT " + COLUMNS + " FROM stories WHERE documents >= ? ORDER BY documents DESC, last_day DESC, "
                + "story_id LIMIT ?", minDocuments, limit);
    }

    public Optional<StorySummary> story(long id) {
        return list("SELECT " + COLUMNS + " FROM stories WHERE story_id = ?", id).stream().findFirst();
    }

    /** The story a document belongs to. */
    public Optional<Long> storyOf(long seq) {
        try (PreparedStatement st = connection.prepareStatement("SELECT story_id FROM story_members WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read stories: " + e.getMessage(), e);
        }
    }

    /** Member documents in date order: (seq, external id, dct, title). */
    public List<String[]> members(long storyId) {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT d.seq, d.external_id, d.dct, d.title FROM "
                + "story_members m JOIN documents d ON d.seq = m.seq WHERE m.story_id = ? ORDER BY d.dct_first_day, d.seq")) {
            st.setLong(1, storyId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read stories: " + e.getMessage(), e);
        }
        return rows;
    }

    private List<StorySummary> list(String sql, Object... args) {
        List<StorySummary> stories = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String actors = rs.getString(6);
                    Map<String, Integer> parsed = actors == null ? Map.of()
                            : DocumentJson.mapper().readValue(actors, new TypeReference<java.util.LinkedHashMap<String, Integer>>() { });
                    stories.add(new StorySummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), parsed, rs.getString(7)));
                }
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("cannot read stories: " + e.getMessage(), e);
        }
        return stories;
    }
}
