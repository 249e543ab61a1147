package org.kroniek.ingest.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.ingest.CollectingSink;
import org.kroniek.ingest.Fixtures;

class SeedReaderTest {
    private static final Path SEEDS =
            Path.of(System.getProperty("kroniek.shared", "../../shared")).resolve("seeds");

    @Test
    void fullHeaderFixture() {
        Document doc = Fixtures.readFixture("seed/brug-zwolle.txt").only();
        assertThat(doc.getId()).isEqualTo("brug-zwolle");
        assertThat(doc.getSource()).endsWith("brug-zwolle.txt");
        assertThat(doc.getDct()).isEqualTo("2019-03-14T09:05");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.MINUTE);
        assertThat(doc.getByline()).isEqualTo("Jan-Willem de Vries");
        assertThat(doc.getPublisher()).isEqualTo("NOS");
        assertThat(doc.getTitle()).isNull();
        assertThat(doc.getLanguage()).isEqualTo("nl");
        assertThat(doc.getText()).startsWith("De gemeenteraad van Zwolle").doesNotContain("bron:")
                .contains("jaar.\n\nKosten\n\nDe brug").endsWith("de helft.");
    }

    @Test
    void shortHeaderFixtureWithBodyOnTheSameLine() {
        Document doc = Fixtures.readFixture("seed/hoogwater-kort.txt").only();
        assertThat(doc.getDct()).isEqualTo("2018-11");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.MONTH);
        assertThat(doc.getByline()).isNull();
        assertThat(doc.getPublisher()).isNull();
        assertThat(doc.getText()).startsWith("Het waterschap waarschuwt").contains("\n\nIn Venlo");
        assertThat(doc.getMetadata()).doesNotContainKey("dctSource");
    }

    @Test
    void realSeedWithFullHeader() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared absent: seed-file test skipped");
        Document doc = read("000_228ee1aeedee97dc.txt");
        assertThat(doc.getId()).isEqualTo("000_228ee1aeedee97dc");
        assertThat(doc.getDct()).isEqualTo("2016-12-27T12:57");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.MINUTE);
        assertThat(doc.getByline()).isEqualTo("Redactie");
        assertThat(doc.getPublisher()).isEqualTo("ANP");
        assertThat(doc.getTitle()).isNull();
        assertThat(doc.getLanguage()).isEqualTo("nl");
        assertThat(doc.getText()).startsWith("De Syrische regering").doesNotContain("bron:");
    }

    @Test
    void realSeedWithBodyOnTheHeaderLine() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared absent: seed-file test skipped");
        Document doc = read("001_b89194313d8a468f.txt");
        assertThat(doc.getId()).isEqualTo("001_b89194313d8a468f");
        assertThat(doc.getDct()).isEqualTo("2017-01");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.MONTH);
        assertThat(doc.getByline()).isNull();
        assertThat(doc.getPublisher()).isNull();
        assertThat(doc.getLanguage()).isEqualTo("nl");
        assertThat(doc.getText()).startsWith("Vertegenwoordigers").doesNotContain(" date ");
    }

    @Test
    void realSeedDirectoryReadsBothInOrder() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared absent: seed-file test skipped");
        CollectingSink sink = Fixtures.read(SEEDS.toString());
        assertThat(sink.errors).isEmpty();
        assertThat(sink.documents).extracting(Document::getId)
                .containsExactly("000_228ee1aeedee97dc", "001_b89194313d8a468f");
    }

    private static Document read(String name) {
        String source = SEEDS.resolve(name).toString();
        Document doc = Fixtures.read(source).only();
        assertThat(doc.getSource()).isEqualTo(source);
        return doc;
    }
}
