package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kroniek.store.stories.StoryLinkingTest.column;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.dedup.DocumentIdentity;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;

/** Stories chosen before the store (a keyed Flink job): the linker follows the founder instead of clustering. */
class StoriesChosenUpstreamTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentJoinsItsFoundersStoryOrStartsOneWhateverTheClustererWouldChoose() throws SQLException {
        // Left to the clusterer, the talks and the scale-down share a story and the port story is another one
        // (StoryLinkingTest); chosen upstream, the port report follows the talks' founder ...
        write(new Chosen(SyriaArticles.talks(), StoreWriter.STARTS_STORY), new Chosen(SyriaArticles.port(), 1L));
        assertThat(stories()).hasSize(2).satisfies(ids -> assertThat(ids.get(1)).isEqualTo(ids.get(0)));

        // ... and after a reopen (the linker replays the stored stories), the scale-down starts a story of its own.
        write(new Chosen(SyriaArticles.scaleDown(), StoreWriter.STARTS_STORY));
        assertThat(stories()).hasSize(3).satisfies(ids -> assertThat(ids.get(2)).isNotEqualTo(ids.get(0)));
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            assertThat(column(store.connection(), "SELECT count(*) FROM stories")).containsExactly("2");
        }
    }

    private record Chosen(Document document, Long founder) {
    }

    private void write(Chosen... documents) {
        try (KroniekStore store = KroniekStore.openForWriting(dir);
             StoreWriter writer = new StoreWriter(store, WriterSettings.defaults(), new IngestListener() { }, "test")) {
            for (Chosen chosen : documents) {
                writer.add(chosen.document(), DocumentIdentity.of(chosen.document()), chosen.founder());
            }
        }
    }

    private List<String> stories() throws SQLException {
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            return column(store.connection(), "SELECT story_id FROM story_members ORDER BY seq");
        }
    }
}
