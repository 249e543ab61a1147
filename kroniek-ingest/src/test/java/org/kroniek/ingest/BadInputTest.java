package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/** Every kind of bad input gives one clear error for that input, and the inputs after it are still read. */
class BadInputTest {
    private static final String GOOD_TEXT = "De Tweede Kamer debatteert donderdag over het klimaatbeleid van het kabinet.";

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws Exception {
        assertSingleError(Files.writeString(dir.resolve("leeg.txt"), ""), "empty file");
    }

    @Test
    void whiteSpaceOnlyFile() throws Exception {
        assertSingleError(Files.writeString(dir.resolve("spaties.txt"), " \n\t\n"), "empty file (only white space)");
    }

    @Test
    void binaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertSingleError(Files.write(dir.resolve("foto.txt"), png), "binary file, not text");
        assertSingleError(Files.write(dir.resolve("foto.jsonl"), png), "binary file, not text");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarningNamingTheFile() throws Exception {
        byte[] latin1 = ("Caf\u00e9 in Utrecht. " + GOOD_TEXT).getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.only().getText()).startsWith("Caf\u00e9 in Utrecht.");
        assertThat(sink.warnings).extracting(DocumentError::toString)
                .containsExactly(file + ": not valid UTF-8 at byte 3; read as Windows-1252");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] text = ("\uFEFF" + GOOD_TEXT).getBytes(StandardCharsets.UTF_8);
        Document doc = Fixtures.read(Files.write(dir.resolve("bom.txt"), text).toString()).only();
        assertThat(doc.getText()).isEqualTo(GOOD_TEXT);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        byte[] text = ("\uFEFF" + GOOD_TEXT).getBytes(StandardCharsets.UTF_16LE);
        Document doc = Fixtures.read(Files.write(dir.resolve("utf16.txt"), text).toString()).only();
        assertThat(doc.getText()).isEqualTo(GOOD_TEXT);
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading() throws Exception {
        Path file = Files.writeString(dir.resolve("groot.txt"), GOOD_TEXT.repeat(10));
        CollectingSink sink = Fixtures.read(ReaderOptions.defaults().withMaxBytes(100), file.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("file is " + GOOD_TEXT.length() * 10 + " bytes, over the 100 bytes limit (--max-bytes)"));
    }

    @Test
    void limitMessageUsesMegabytes() throws Exception {
        Path file = dir.resolve("sparse.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(26_528_972L); // sparse: no disk space used, and never read
        }
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("file is 25.3 MB, over the 20 MB limit (--max-bytes)"));
    }

    @Test
    void stdinOverTheLimit() {
        CollectingSink sink = new CollectingSink();
        byte[] input = GOOD_TEXT.repeat(10).getBytes(StandardCharsets.UTF_8);
        new DocumentSource(ReaderOptions.defaults().withMaxBytes(100), new ByteArrayInputStream(input))
                .readAll(List.of("-"), sink);
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("-");
            assertThat(e.message()).isEqualTo("input is over the 100 bytes limit (--max-bytes)");
        });
    }

    @Test
    void emptyStdin() {
        CollectingSink sink = new CollectingSink();
        new DocumentSource(ReaderOptions.defaults(), new ByteArrayInputStream(new byte[0])).readAll(List.of("-"), sink);
        assertThat(sink.errors).extracting(DocumentError::message).containsExactly("empty input");
    }

    @Test
    void missingPath() {
        String missing = dir.resolve("bestaat-niet.txt").toString();
        assertSingleError(Path.of(missing), "no such file");
    }

    @Test
    void permissionDenied() throws Exception {
        Path file = Files.writeString(dir.resolve("geheim.txt"), GOOD_TEXT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as root: permissions are not enforced");
        assertSingleError(file, "permission denied");
    }

    @Test
    void germanTextIsALanguageError() throws Exception {
        Path file = Files.writeString(dir.resolve("duits.txt"), "Die Bundesregierung hat am Dienstag in Berlin "
                + "neue Gespräche mit den Ländern über die Finanzierung der Krankenhäuser angekündigt.");
        assertSingleError(file, "language 'de' is not supported (kroniek reads nl and en); skipped");
    }

    @Test
    void languageHintIsTrustedOverTheModel() throws Exception {
        Path file = Files.writeString(dir.resolve("hint.jsonl"),
                "{\"id\":\"fr\",\"language\":\"fr-FR\",\"text\":\"" + GOOD_TEXT + "\"}\n");
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(file + ":1");
            assertThat(e.message()).isEqualTo("language 'fr' is not supported (kroniek reads nl and en); skipped");
        });
    }

    @Test
    void oneBadFileDoesNotStopTheBatch() throws Exception {
        Path good1 = Files.writeString(dir.resolve("a.txt"), GOOD_TEXT);
        Path empty = Files.writeString(dir.resolve("b.txt"), "");
        Path good2 = Files.writeString(dir.resolve("c.txt"), GOOD_TEXT);
        CollectingSink sink = Fixtures.read(good1.toString(), dir.resolve("nope.txt").toString(), empty.toString(),
                good2.toString());
        assertThat(sink.documents).extracting(Document::getId).containsExactly("a", "c");
        assertThat(sink.errors).extracting(DocumentError::message).containsExactly("no such file", "empty file");
    }

    @Test
    void badOptionsAreReportedOnceAndNothingIsRead() throws Exception {
        Path good = Files.writeString(dir.resolve("a.txt"), GOOD_TEXT);
        CollectingSink sink = Fixtures.read(new ReaderOptions(0, "morgen", "pdf"), good.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).extracting(DocumentError::message).containsExactly(
                "--max-bytes must be positive, not 0",
                "--date 'morgen' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                "--format 'pdf' is unknown; use auto, seed, text, jsonl, html or rss");
    }

    @Test
    void forcedSeedFormatOnPlainTextIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("geen-seed.txt"), GOOD_TEXT);
        CollectingSink sink = Fixtures.read(ReaderOptions.defaults().withFormat("seed"), file.toString());
        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.message()).startsWith("no seed header"));
    }

    @Test
    void failingSinkIsNotReportedAsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), GOOD_TEXT);
        DocumentSink failing = new DocumentSink() {
            @Override
            public void document(Document document) {
                throw new IllegalStateException("output closed");
            }

            @Override
            public void error(DocumentError error) {
                throw new AssertionError("no error expected: " + error);
            }
        };
        DocumentSource source = new DocumentSource(ReaderOptions.defaults());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.readAll(List.of(file.toString()), failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("output closed");
    }

    private static void assertSingleError(Path file, String message) {
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo(message);
            assertThat(e.source()).isEqualTo(file.toString());
        });
    }
}
