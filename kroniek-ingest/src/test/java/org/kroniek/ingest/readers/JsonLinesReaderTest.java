package org.kroniek.ingest.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.ingest.CollectingSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.Fixtures;
import org.kroniek.ingest.ReaderOptions;

class JsonLinesReaderTest {
    private static final String NL = "Het kabinet heeft dinsdag nieuwe maatregelen aangekondigd tegen de woningnood.";

    @TempDir
    Path dir;

    @Test
    void readsFieldsAndKeepsUnknownOnesAsMetadata() {
        CollectingSink sink = Fixtures.readFixture("jsonl/articles.jsonl");
        assertThat(sink.errors).isEmpty();
        assertThat(sink.documents).hasSize(2);

        Document first = sink.documents.get(0);
        assertThat(first.getId()).isEqualTo("a1");
        assertThat(first.getTitle()).isEqualTo("Kabinet presenteert begroting");
        assertThat(first.getSource()).isEqualTo("https://example.org/nieuws/a1");
        assertThat(first.getDct()).isEqualTo("2020-09-15");
        assertThat(first.getDctGranularity()).isEqualTo(DctGranularity.DAY);
        assertThat(first.getPublisher()).isEqualTo("Voorbeeldkrant");
        assertThat(first.getByline()).isEqualTo("Politieke redactie");
        assertThat(first.getLanguage()).isEqualTo("nl");
        assertThat(first.getMetadata()).containsEntry("section", "politiek")
                .containsEntry("tags", List.of("begroting", "kabinet"));

        Document second = sink.documents.get(1);
        assertThat(second.getId()).isEqualTo("articles-3");
        assertThat(second.getSource()).endsWith("articles.jsonl:3");
        assertThat(second.getDct()).isEqualTo("2020-10-04T22:15");
        assertThat(second.getDctGranularity()).isEqualTo(DctGranularity.MINUTE);
        assertThat(second.getLanguage()).isEqualTo("en");
    }

    @Test
    void brokenLinesAreErrorsWithLineNumbersAndTheOthersAreRead() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n",
                json("g1", NL),
                "dit is geen json",
                "{\"id\":\"x\",\"title\":\"zonder tekst\"}",
                json("g2", NL),
                "[1,2,3]",
                "{\"text\": 42}",
                "{\"text\": \"   \"}",
                "{\"text\": \"ok\"} trailing",
                "",
                json("g3", NL)) + "\n");
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.documents).extracting(Document::getId).containsExactly("g1", "g2", "g3");
        assertThat(sink.errors).extracting(DocumentError::line).containsExactly(2, 3, 5, 6, 7, 8);
        assertThat(sink.errors).allSatisfy(e -> assertThat(e.source()).isEqualTo(file.toString()));
        assertThat(sink.errors.get(0).message()).startsWith("not JSON");
        assertThat(sink.errors.get(1).message()).isEqualTo("no \"text\" field");
        assertThat(sink.errors.get(2).message()).isEqualTo("not a JSON object");
        assertThat(sink.errors.get(3).message()).isEqualTo("\"text\" is not a string");
        assertThat(sink.errors.get(4).message()).isEqualTo("\"text\" is empty");
        assertThat(sink.errors).allSatisfy(e -> assertThat(e.message()).doesNotContain("\tat ").hasSizeLessThan(260));
    }

    @Test
    void aFileOfBlankLinesIsReportedNotPassedOverInSilence() throws Exception {
        // found by JsonLinesReaderFuzzTest: a single space gave neither a document nor an error
        Path file = dir.resolve("blank.jsonl");
        Files.writeString(file, " \n\t\n\n");
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.message()).isEqualTo("no records (only blank lines)");
        });
    }

    @Test
    void invalidUtf8InOneRecordIsReportedWithItsLineAndFileOffset() throws Exception {
        byte[] good = (json("g1", NL) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] last = (json("g2", NL) + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("latin.jsonl");
        Files.write(file, concat(good, bad, last));
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.documents).extracting(Document::getId).containsExactly("g1", "g2");
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).isEqualTo("not valid UTF-8 at byte " + (good.length + 12));
        });
    }

    @Test
    void oversizedRecordIsSkippedButTheFileMayBeLargerThanTheLimit() throws Exception {
        Path file = dir.resolve("big.jsonl");
        String big = json("big", NL.repeat(20));
        Files.writeString(file, json("s1", NL) + "\n" + big + "\n" + json("s2", NL) + "\n");
        CollectingSink sink = Fixtures.read(ReaderOptions.defaults().withMaxBytes(400), file.toString());
        assertThat(Files.size(file)).isGreaterThan(400);
        assertThat(sink.documents).extracting(Document::getId).containsExactly("s1", "s2");
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).startsWith("record is ").endsWith("over the 400 bytes limit (--max-bytes)");
        });
    }

    @Test
    void unparseableDateIsKeptAsMetadataAndTheFallbackApplies() throws Exception {
        Path file = dir.resolve("d.jsonl");
        Files.writeString(file, "{\"id\":\"d\",\"date\":\"gisteren\",\"text\":\"" + NL + "\"}\n");
        Document doc = Fixtures.read(ReaderOptions.defaults().withDate("2020-01-02"), file.toString()).only();
        assertThat(doc.getDct()).isEqualTo("2020-01-02");
        assertThat(doc.getMetadata()).containsEntry("date", "gisteren").containsEntry("dctSource", "option")
                .containsKey("dctWarning");
    }

    @Test
    void numericIdsAndBomAndCrlfAreAccepted() throws Exception {
        Path file = dir.resolve("win.ndjson");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, concat(bom, ("{\"id\":7,\"text\":\"" + NL + "\"}\r\n").getBytes(StandardCharsets.UTF_8)));
        Document doc = Fixtures.read(file.toString()).only();
        assertThat(doc.getId()).isEqualTo("7");
    }

    @Test
    void jsonLinesFromStdinAreSniffed() {
        String input = json("s1", NL) + "\n" + json("s2", NL) + "\n";
        CollectingSink sink = new CollectingSink();
        new DocumentSource(ReaderOptions.defaults(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .readAll(List.of("-"), sink);
        assertThat(sink.errors).isEmpty();
        assertThat(sink.documents).extracting(Document::getId).containsExactly("s1", "s2");
        assertThat(sink.documents.get(0).getSource()).isEqualTo("-:1");
        assertThat(sink.documents.get(0).getMetadata()).containsEntry("dctSource", "unknown");
    }

    private static String json(String id, String text) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
