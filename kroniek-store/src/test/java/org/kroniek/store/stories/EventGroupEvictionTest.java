package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.core.Event;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;
import org.kroniek.testsupport.PostgresServer;

/**
 * Event groups that leave memory are found again (by a participant, or by their place for the same-place rule):
 * linking the same mentions with groups evicted after a few documents gives exactly the coreference ids of
 * linking with every group in memory.
 */
class EventGroupEvictionTest {
    private static final String[] ACTORS = {"SYR:GOV", "SYR:OPP", "RUS:GOV", "TUR:GOV", "IRN", "USA"};
    private static final String[] TYPES = {"CONSULT", "ACCUSE", "FIGHT"};
    private static final String[] PLACES = {"Astana", "Aleppo", null, null};

    @TempDir
    Path dir;

    /**
     * 300 articles over about a year, in date order but with every tenth dated months back (late news), each with
     * four events; some dated to the day, some to the month, some not at all.
     */
    private static Document[] corpus() {
        Random random = new Random(3);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int day = i % 10 == 9 ? random.nextInt(Math.max(1, i)) : i;
            String dct = java.time.LocalDate.of(2016, 1, 1).plusDays(day).toString();
            String text = "Talks were held in Astana. Troops fought near Aleppo. Leaders accused. Envoys met.";
            Document d = LinkedStore.article("doc-" + i, dct, "Report " + i + " on the war", text);
            // The places' countries let the same-place rule link events of one story without a shared participant.
            d.setEntities(List.of(LinkedStore.entity(d, "Astana", "LOC", "Astana", "KAZ"),
                    LinkedStore.entity(d, "Aleppo", "LOC", "Aleppo", "SYR")));
            List<Event> events = new ArrayList<>();
            String[] triggers = {"held", "fought", "accused", "met"};
            for (String trigger : triggers) {
                String date = switch (random.nextInt(5)) {
                    case 0 -> null;
                    case 4 -> "FUTURE_REF"; // "soon": read against the article's date, links within its story
                    case 1 -> dct.substring(0, 7);
                    default -> java.time.LocalDate.parse(dct).minusDays(random.nextInt(3)).toString();
                };
                events.add(LinkedStore.event(d, trigger, TYPES[random.nextInt(TYPES.length)],
                        ACTORS[random.nextInt(ACTORS.length)], ACTORS[random.nextInt(ACTORS.length)],
                        PLACES[random.nextInt(PLACES.length)], date, "asserted"));
            }
            d.setEvents(events);
            docs.add(d);
        }
        return docs.toArray(Document[]::new);
    }

    @Test
    void evictedGroupsAreFoundAgainAndTheIdsDoNotChange() throws SQLException {
        evictAndCompare(StoreAddress.directory(dir));
    }

    @Test
    void onPostgresqlToo() throws SQLException {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        evictAndCompare(StoreAddress.parse(PostgresServer.shared().createDatabase("eviction")));
    }

    private static void evictAndCompare(StoreAddress address) throws SQLException {
        LinkedStore.write(address, corpus());
        try (KroniekStore store = KroniekStore.openForWriting(address)) {
            Connection c = store.connection();
            List<String> allInMemory = corefIds(c);
            assertThat(allInMemory).hasSizeGreaterThan(1000);
            assertThat(allInMemory.stream().map(r -> r.split(":")[1]).distinct().count())
                    .as("some mentions joined another's event").isLessThan(allInMemory.size() - 100);
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE events SET coref_id = NULL");
            }
            // Keep groups for 5 documents, sweep every 3: most groups leave memory many times over.
            EventCoreference bounded = new EventCoreference(c, 5, 3);
            int most = 0;
            for (long seq = 1; seq <= 300; seq++) {
                bounded.linkNew(seq - 1, seq);
                most = Math.max(most, bounded.groupsInMemory());
            }
            assertThat(corefIds(c)).containsExactlyElementsOf(allInMemory);
            // Undated and relative ("soon") mentions look at every group of their story, and those read back stay
            // until the next sweep: the peak is well under the total, not a fixed few.
            long groups = allInMemory.stream().map(r -> r.split(":")[1]).distinct().count();
            assertThat(most).as("groups in memory at most, of " + groups).isLessThan((int) (groups / 3));
            assertThat(count(c, "SELECT count(DISTINCT coref_id) FROM event_group_index")).isGreaterThan(300);
            // A relative date runs to the end of time: listed by story, not by month, it stays a few rows.
            assertThat(count(c, "SELECT count(*) FROM event_group_index"))
                    .isLessThan(40 * count(c, "SELECT count(DISTINCT coref_id) FROM event_group_index"));
            c.rollback();
        }
    }

    private static List<String> corefIds(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, idx, coref_id FROM events ORDER BY seq, idx")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "/" + rs.getInt(2) + ":" + rs.getLong(3));
            }
        }
        return rows;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
