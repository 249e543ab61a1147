package org.kroniek.ingest.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.ingest.CollectingSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.Fixtures;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.ingest.lang.LanguageIdentifier;

class PlainTextReaderTest {
    @TempDir
    Path dir;

    @Test
    void dateOptionGivesTheDctWithItsOwnPrecision() {
        Document doc = Fixtures.read(ReaderOptions.defaults().withDate("2021-04-07T08:30"),
                Fixtures.path("text/haven.txt").toString()).only();
        assertThat(doc.getId()).isEqualTo("haven");
        assertThat(doc.getTitle()).isNull();
        assertThat(doc.getLanguage()).isEqualTo("en");
        assertThat(doc.getDct()).isEqualTo("2021-04-07T08:30");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.MINUTE);
        assertThat(doc.getMetadata()).containsEntry("dctSource", "option");
        assertThat(doc.getText()).startsWith("The port authority").contains("quarter.\n\nA spokesperson")
                .endsWith("Asia.");

        Document day = Fixtures.read(ReaderOptions.defaults().withDate("2021-04"),
                Fixtures.path("text/haven.txt").toString()).only();
        assertThat(day.getDct()).isEqualTo("2021-04");
        assertThat(day.getDctGranularity()).isEqualTo(DctGranularity.MONTH);
    }

    @Test
    void withoutDateOptionTheFileModificationDayIsUsed() throws Exception {
        Path file = dir.resolve("bericht.txt");
        Files.writeString(file, "\n\n  De politie heeft in Tilburg een man aangehouden na een achtervolging.  \r\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-02-29T23:30:00Z")));
        CollectingSink sink = new CollectingSink();
        new DocumentSource(ReaderOptions.defaults(), new ByteArrayInputStream(new byte[0]), new LanguageIdentifier(), ZoneOffset.UTC)
                .readAll(List.of(file.toString()), sink);
        Document doc = sink.only();
        assertThat(doc.getDct()).isEqualTo("2020-02-29");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.DAY);
        assertThat(doc.getMetadata()).containsEntry("dctSource", "file-mtime");
        assertThat(doc.getText()).isEqualTo("De politie heeft in Tilburg een man aangehouden na een achtervolging.");
    }

    @Test
    void stdinHasNoDct() {
        String text = "Het KNMI verwacht morgen zware windstoten langs de hele kust.\n";
        CollectingSink sink = new CollectingSink();
        new DocumentSource(ReaderOptions.defaults(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .readAll(List.of("-"), sink);
        Document doc = sink.only();
        assertThat(doc.getId()).isEqualTo("stdin");
        assertThat(doc.getSource()).isEqualTo("-");
        assertThat(doc.getDct()).isNull();
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.UNKNOWN);
        assertThat(doc.getMetadata()).containsEntry("dctSource", "unknown");
        assertThat(doc.getLanguage()).isEqualTo("nl");
    }

    @Test
    void forcedTextFormatKeepsASeedHeaderAsText() {
        Document doc = Fixtures.read(ReaderOptions.defaults().withFormat("text"),
                Fixtures.path("seed/brug-zwolle.txt").toString()).only();
        assertThat(doc.getText()).startsWith("date 2019-03");
    }
}
