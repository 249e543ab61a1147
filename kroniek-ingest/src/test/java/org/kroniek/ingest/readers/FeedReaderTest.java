package org.kroniek.ingest.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.ingest.CollectingSink;
import org.kroniek.ingest.Fixtures;

class FeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void rssItemsBecomeDocumentsAndAnItemWithoutTextIsAnError() {
        Path feed = Fixtures.path("feed/nieuws.rss");
        CollectingSink sink = Fixtures.read(feed.toString());
        assertThat(sink.documents).hasSize(2);
        Document first = sink.documents.get(0);
        assertThat(first.getId()).isEqualTo("https://example.org/trein#1");
        assertThat(first.getSource()).isEqualTo("https://example.org/trein");
        assertThat(first.getTitle()).isEqualTo("Trein rijdt weer tussen Utrecht en Arnhem");
        assertThat(first.getText()).isEqualTo("Na een storing van drie uur rijden de treinen tussen Utrecht en "
                + "Arnhem weer.\n\nReizigers moeten rekening houden met vertraging.");
        assertThat(first.getPublisher()).isEqualTo("Voorbeeld Nieuws");
        assertThat(first.getDct()).isEqualTo("2016-12-27T11:57:00");
        assertThat(first.getDctGranularity()).isEqualTo(DctGranularity.SECOND);
        assertThat(first.getLanguage()).isEqualTo("nl");
        assertThat(first.getMetadata()).containsEntry("dctZone", "UTC")
                .containsEntry("categories", List.of("Binnenland"));

        Document second = sink.documents.get(1);
        assertThat(second.getId()).as("Rome uses the link when there is no guid").isEqualTo("https://example.org/zwembad");
        assertThat(second.getText()).startsWith("De gemeente Deventer");
        assertThat(second.getMetadata()).containsKey("dctSource");

        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(feed.toString());
            assertThat(e.message()).isEqualTo("feed item 2 'Alleen een kop' has no text");
        });
    }

    @Test
    void itemWithoutGuidOrLinkGetsAStableHashId() throws Exception {
        Path feed = dir.resolve("kaal.rss");
        Files.writeString(feed, """
                <rss version="2.0"><channel><title>Kaal</title>
                <item><title>Dijk versterkt</title><description>Het waterschap heeft de dijk bij Kampen \
                versterkt voordat de winter begint.</description></item>
                </channel></rss>""");
        Document first = Fixtures.read(feed.toString()).only();
        Document again = Fixtures.read(feed.toString()).only();
        assertThat(first.getId()).startsWith("item-").hasSize(21).isEqualTo(again.getId());
        assertThat(first.getSource()).isEqualTo(feed + "#item-1");
    }

    @Test
    void atomEntry() {
        Document doc = Fixtures.readFixture("feed/news.atom").only();
        assertThat(doc.getId()).isEqualTo("urn:example:wire:101");
        assertThat(doc.getTitle()).isEqualTo("Ministers meet in Brussels");
        assertThat(doc.getText()).startsWith("European ministers met in Brussels");
        assertThat(doc.getByline()).isEqualTo("Wire Staff");
        assertThat(doc.getPublisher()).isEqualTo("Example Wire");
        assertThat(doc.getDct()).isEqualTo("2022-06-01T07:45:00");
        assertThat(doc.getLanguage()).isEqualTo("en");
    }

    @Test
    void aFeedWithoutItemsIsAnError() throws Exception {
        Path empty = dir.resolve("leeg.atom");
        Files.writeString(empty, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Leeg</title><id>urn:x</id>
                <updated>2022-06-01T08:00:00Z</updated></feed>""");
        CollectingSink sink = Fixtures.read(empty.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("the feed has no items");
            assertThat(e.source()).isEqualTo(empty.toString());
        });
    }

    @Test
    void feedWithoutExtensionIsSniffedAndBrokenXmlIsOneError() throws Exception {
        Path sniffed = dir.resolve("feed");
        Files.copy(Fixtures.path("feed/news.atom"), sniffed);
        assertThat(Fixtures.read(sniffed.toString()).only().getTitle()).isEqualTo("Ministers meet in Brussels");

        Path broken = dir.resolve("kapot.rss");
        Files.writeString(broken, "<rss><channel><title>x</title><item>");
        CollectingSink sink = Fixtures.read(broken.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("not an RSS or Atom feed").doesNotContain("\n"));
    }

    @Test
    void doctypeEntitiesAreRefused() throws Exception {
        Path evil = dir.resolve("xxe.rss");
        Files.writeString(evil, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><item><title>a</title>
                <description>&x; Het college van burgemeester en wethouders besluit vandaag.</description>
                </item></channel></rss>""");
        CollectingSink sink = Fixtures.read(evil.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.message()).contains("DOCTYPE"));
    }
}
