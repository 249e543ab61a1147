package org.kroniek.store.export;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreException;

/**
 * Every stored document with all its layers, one JSON object a line, in the {@code analyze} output format (so it
 * can be read back with {@code --input-format jsonl}), plus the store's own fields: {@code seq}, {@code story}
 * and {@code duplicateOf}, with event mentions carrying their cross-document {@code eventId}.
 */
public final class JsonLinesExport {
    private final KroniekStore store;

    public JsonLinesExport(KroniekStore store) {
        this.store = store;
    }

    public int write(PrintWriter out) {
        int count = 0;
        String sql = "SELECT d.seq, d.duplicate_of, m.story_id FROM documents d LEFT JOIN story_members m ON m.seq = d.seq "
                + "ORDER BY d.seq";
        try (PreparedStatement st = store.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                Object duplicateOf = rs.getObject(2);
                Object story = rs.getObject(3);
                Document doc = store.load(seq).orElseThrow();
                @SuppressWarnings("unchecked")
                Map<String, Object> json = DocumentJson.mapper().convertValue(doc, LinkedHashMap.class);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("seq", seq);
                line.put("story", story);
                line.put("duplicateOf", duplicateOf);
                line.putAll(json);
                addEventIds(seq, line);
                out.println(DocumentJson.toLine(line));
                count++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export documents: " + e.getMessage(), e);
        }
        out.flush();
        return count;
    }

    @SuppressWarnings("unchecked")
    private void addEventIds(long seq, Map<String, Object> line) throws SQLException {
        Object events = line.get("events");
        if (!(events instanceof java.util.List<?> list) || list.isEmpty()) {
            return;
        }
        try (PreparedStatement st = store.connection().prepareStatement("SELECT idx, coref_id FROM events WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int idx = rs.getInt(1);
                    if (idx < list.size() && rs.getObject(2) != null) {
                        ((Map<String, Object>) list.get(idx)).put("eventId", rs.getLong(2));
                    }
                }
            }
        }
    }
}
