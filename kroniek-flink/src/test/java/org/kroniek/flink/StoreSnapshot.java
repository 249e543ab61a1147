package org.kroniek.flink;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;
import org.kroniek.store.stories.BCubed;

/** What two runs must agree on: documents (with their numbers), events (with their ids) and stories. */
record StoreSnapshot(List<String> documents, List<String> events, List<String> stories, long indexed) {
    static StoreSnapshot of(Path store) throws SQLException {
        return of(StoreAddress.directory(store));
    }

    static StoreSnapshot of(StoreAddress store) throws SQLException {
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            Connection c = kroniek.connection();
            return new StoreSnapshot(
                    rows(c, "SELECT seq, identity, external_id, language, dct, coalesce(cast(duplicate_of AS text), '-')"
                            + " FROM documents ORDER BY seq"),
                    rows(c, "SELECT seq, idx, type, coalesce(actor_code, '-'), coalesce(target_code, '-'),"
                            + " trigger_start, trigger_end, coalesce(event_date, '-'), coref_id FROM events ORDER BY seq, idx"),
                    rows(c, "SELECT seq, story_id FROM story_members ORDER BY seq"),
                    kroniek.index().count());
        }
    }

    /** B-cubed of {@code system}'s story memberships against {@code reference}'s (same documents, same order). */
    static BCubed storyAgreement(StoreSnapshot reference, StoreSnapshot system) {
        return BCubed.of(storyIds(reference), storyIds(system));
    }

    /** B-cubed of {@code system}'s event coreference ids against {@code reference}'s (same events, same order). */
    static BCubed eventAgreement(StoreSnapshot reference, StoreSnapshot system) {
        return BCubed.of(eventIds(reference), eventIds(system));
    }

    /** The event rows without their coreference ids: what the analysis found, before any cross-document step. */
    static List<String> withoutEventIds(List<String> events) {
        return events.stream().map(row -> row.substring(0, row.lastIndexOf(" | "))).toList();
    }

    private static List<String> storyIds(StoreSnapshot snapshot) {
        return snapshot.stories().stream().map(row -> row.substring(row.indexOf(" | ") + 3)).toList();
    }

    private static List<String> eventIds(StoreSnapshot snapshot) {
        return snapshot.events().stream().map(row -> row.substring(row.lastIndexOf(" | ") + 3)).toList();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
