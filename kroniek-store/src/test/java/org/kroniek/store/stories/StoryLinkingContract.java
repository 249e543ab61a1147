package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;

/**
 * What story linking must do on every kind of store: the same stories, cross-document events and resumption after
 * an interruption. Each store's test class says where a new store is.
 */
abstract class StoryLinkingContract {
    /** A new, empty store of the kind under test. */
    abstract StoreAddress newStore();

    private StoreAddress store;

    @BeforeEach
    void newStoreForEachTest() {
        store = newStore();
    }

    @Test
    void articlesAboutOneStoryShareItAndTheSameEventReportedTwiceIsOne() throws SQLException {
        LinkedStore.write(store, SyriaArticles.talks(), SyriaArticles.port(), SyriaArticles.scaleDown());
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            Connection c = kroniek.connection();
            assertThat(column(c, "SELECT story_id FROM story_members ORDER BY seq")).hasSize(3)
                    .satisfies(ids -> {
                        assertThat(ids.get(0)).isEqualTo(ids.get(2));
                        assertThat(ids.get(1)).isNotEqualTo(ids.get(0));
                    });
            assertThat(column(c, "SELECT documents || ' ' || first_day || ' ' || last_day FROM stories ORDER BY story_id"))
                    .containsExactly("2 2016-12-27 2017-01-06", "1 2017-01-05 2017-01-05");
            assertThat(column(c, "SELECT actors_json FROM stories WHERE story_id = 1").get(0))
                    .contains("\"russia\":2", "\"astana\":2");
            // The Astana meeting (CONSULT, shared participants, January) is one event in both documents;
            // the Geneva resumption (another place, another month) is not.
            assertThat(column(c, "SELECT count(DISTINCT seq) FROM events WHERE coref_id = (SELECT coref_id FROM events "
                    + "WHERE seq = 1 AND idx = 0)")).containsExactly("2");
            assertThat(column(c, "SELECT count(DISTINCT coref_id) FROM events")).containsExactly("6");
        }
    }

    @Test
    void linkingIsResumedAfterAnInterruptionAndARerunChangesNothing() throws SQLException {
        LinkedStore.write(store, SyriaArticles.talks(), SyriaArticles.port());
        List<String> before;
        try (KroniekStore kroniek = KroniekStore.openForWriting(store)) {
            Connection c = kroniek.connection();
            before = column(c, "SELECT seq || ':' || story_id FROM story_members ORDER BY seq");
            // As if the process died after the documents were committed but before they were linked.
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM story_members WHERE seq = 2");
                st.execute("UPDATE linking_progress SET last_seq = 1");
                st.execute("UPDATE events SET coref_id = NULL WHERE seq = 2");
            }
            c.commit();
        }
        LinkedStore.write(store, SyriaArticles.scaleDown(), SyriaArticles.talks());
        LinkedStore.write(store);
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            Connection c = kroniek.connection();
            List<String> after = column(c, "SELECT seq || ':' || story_id FROM story_members ORDER BY seq");
            assertThat(after).startsWith(before.toArray(String[]::new)).hasSize(3);
            assertThat(after.get(2)).isEqualTo("3:" + before.get(0).split(":")[1]);
            assertThat(column(c, "SELECT count(*) FROM events WHERE coref_id IS NULL")).containsExactly("0");
        }
    }

    static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
