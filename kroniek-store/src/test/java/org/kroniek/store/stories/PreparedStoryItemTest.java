package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.core.Mention;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.dedup.DocumentIdentity;

/** The item built from a document on an analysis thread must be exactly the one linking reads back from the store. */
class PreparedStoryItemTest {
    @TempDir
    Path dir;

    @Test
    void theItemBuiltFromTheDocumentIsTheOneReadBackFromTheStore() throws SQLException {
        Document untitled = LinkedStore.article("untitled", "2017-01-07", null,
                "Russia and Turkey met in Astana on Saturday. The talks went on into the night.");
        Document linkedMention = SyriaArticles.port();
        int at = linkedMention.getText().indexOf(' ') + 1;
        linkedMention.setMentions(List.of(new Mention(0, at - 1, linkedMention.getText().substring(0, at - 1),
                "Port Authority ", "SYR:GOV", "name", -1, 0.7), new Mention(at, at + 2,
                linkedMention.getText().substring(at, at + 2), null, null, "pronoun", 0, 0.4)));
        Document longText = LinkedStore.article("long", "2017-01-08T09:30", "Astana talks continue",
                "Delegations from Russia, Turkey and Iran met again in Astana. ".repeat(40));
        List<Document> documents = List.of(SyriaArticles.talks(), linkedMention, SyriaArticles.scaleDown(), untitled,
                longText);
        List<PreparedStoryItem> prepared = new ArrayList<>();
        for (Document d : documents) {
            prepared.add(PreparedStoryItem.of(d, DocumentIdentity.of(d).identity()));
        }
        LinkedStore.write(dir, documents.toArray(Document[]::new));

        try (KroniekStore store = KroniekStore.openForWriting(dir)) {
            List<StoredItems.Row> stored = new StoredItems(store.connection()).read(0, documents.size());
            assertThat(stored).hasSize(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                StoryItem fromStore = stored.get(i).item();
                assertThat(prepared.get(i)).as("document %d", i).isNotNull();
                assertThat(prepared.get(i).withId(i + 1)).as("document %d", i).isEqualTo(fromStore);
            }
            assertThat(stored.get(1).item().actors()).contains("port authority");
            assertThat(stored.get(3).item().title()).isEqualTo("Russia and Turkey met in Astana on Saturday.");
        }
    }

    @Test
    void anItemOfAnotherDocumentIsNotTaken() throws SQLException {
        Document talks = SyriaArticles.talks();
        Document port = SyriaArticles.port();
        LinkedStore.write(dir, talks);
        try (KroniekStore store = KroniekStore.openForWriting(dir)) {
            StoredItems items = new StoredItems(store.connection());
            StoryItem fromStore = items.read(0, 1).get(0).item();
            // Offered under the stored document's number but built from another document: the stored row wins.
            PreparedStoryItem other = PreparedStoryItem.of(port, DocumentIdentity.of(port).identity());
            assertThat(items.read(0, 1, Map.of(1L, other)).get(0).item()).isEqualTo(fromStore);
        }
    }

    @Test
    void textsThatMightReadBackDifferentlyAreLeftToTheStore() {
        Document emoji = LinkedStore.article("emoji", "2017-01-07", "Talks \uD83D\uDE00 in Astana",
                "Russia and Turkey met in Astana on Saturday.");
        Document nul = LinkedStore.article("nul", "2017-01-07", "Talks", "Russia and Turkey\u0000 met in Astana.");
        assertThat(PreparedStoryItem.of(emoji, "x")).isNull();
        assertThat(PreparedStoryItem.of(nul, "y")).isNull();
    }
}
