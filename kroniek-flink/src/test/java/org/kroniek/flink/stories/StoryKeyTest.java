package org.kroniek.flink.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Entity;
import org.kroniek.core.Mention;
import org.kroniek.flink.record.JobRecord;

class StoryKeyTest {
    @Test
    void theMostMentionedActorKeysTheDocumentWhateverItsLanguage() {
        Document document = document("nl");
        document.setMentions(List.of(mention(0, "Mark Rutte"), mention(10, "Vladimir Putin"),
                mention(20, "Vladimir Putin"), mention(30, null)));
        assertThat(StoryKey.of(document)).isEqualTo("vladimir putin");
    }

    @Test
    void aTieGoesToTheActorNamedFirst() {
        Document document = document("nl");
        document.setMentions(List.of(mention(40, "Mark Rutte"), mention(10, "Vladimir Putin"),
                mention(20, "Mark Rutte"), mention(30, "Vladimir Putin")));
        assertThat(StoryKey.of(document)).isEqualTo("vladimir putin");
    }

    @Test
    void withoutLinkedActorsTheMostFrequentEntityKeysItAndWithoutEitherTheLanguageDoes() {
        Document document = document("en");
        document.setEntities(List.of(new Entity(0, 5, "Assen", "LOC", null, null, 1.0)));
        assertThat(StoryKey.of(document)).isEqualTo("assen");
        assertThat(StoryKey.of(document("en"))).isEqualTo("-en");
    }

    @Test
    void aFailedInputHasAKeyOfItsOwn() {
        JobRecord failed = JobRecord.failed(new DocumentError("feed.jsonl", 3, "not JSON"));
        assertThat(new StoryKey().getKey(failed)).isEqualTo(StoryKey.FAILED);
    }

    private static Document document(String language) {
        Document document = new Document("d", "x".repeat(100));
        document.setLanguage(language);
        return document;
    }

    private static Mention mention(int start, String canonical) {
        return new Mention(start, start + 5, "naam", canonical, null, "name", -1, 1.0);
    }
}
