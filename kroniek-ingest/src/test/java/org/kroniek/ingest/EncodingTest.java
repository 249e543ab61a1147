package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;

/**
 * News files in the encodings decades of archives use are read to the same text, or reported: byte order marks,
 * UTF-16 with and without a mark, Windows-1252 and Latin-1 (with and without a declaration), mixed line
 * endings, stray NUL bytes, and zero-width and bidi characters kept exactly.
 */
class EncodingTest {
    private static final String TEXT = "De minister zei vrijdag in Den Haag dat het café \u2018De Zwaan\u2019 € 5.000 "
            + "boete krijgt, en dat Zoë en René het \u201Cnatuurlijk\u201D niet eens zijn \u2013 een reactie volgt.";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        assertReadsAs(write("plain.txt", TEXT.getBytes(StandardCharsets.UTF_8)), TEXT, null);
        assertReadsAs(write("bom.txt", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)), TEXT, null);
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() throws Exception {
        assertReadsAs(write("le-bom.txt", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE)), TEXT, "UTF-16");
        assertReadsAs(write("be-bom.txt", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)), TEXT, "UTF-16");
        assertReadsAs(write("le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)), TEXT, "UTF-16LE");
        assertReadsAs(write("be.txt", TEXT.getBytes(StandardCharsets.UTF_16BE)), TEXT, "UTF-16BE");
    }

    @Test
    void windows1252AndLatin1FallBackWithAWarning() throws Exception {
        Path cp1252 = write("cp1252.txt", TEXT.getBytes(WINDOWS_1252));
        CollectingSink sink = Fixtures.read(cp1252.toString());
        Document document = sink.only();
        assertThat(document.getText()).isEqualTo(TEXT);
        assertThat(document.getMetadata()).containsEntry("encoding", "windows-1252");
        assertThat(sink.warnings).extracting(DocumentError::toString)
                .containsExactly(cp1252 + ": not valid UTF-8 at byte " + TEXT.indexOf('é') + "; read as Windows-1252");

        String latin1Text = "De café van Zoë en René in Ede is dicht, zei de gemeente op zaterdag in een verklaring.";
        Path latin1 = write("latin1.txt", latin1Text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Fixtures.read(latin1.toString()).only().getText()).isEqualTo(latin1Text);
    }

    @Test
    void htmlMetaCharsetIsHonouredWithoutAWarning() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Boete voor café</title></head><body><article><p>" + TEXT + "</p></article></body></html>";
        CollectingSink sink = Fixtures.read(write("pagina.html", page.getBytes(WINDOWS_1252)).toString());
        assertThat(sink.only().getText()).isEqualTo(TEXT);
        assertThat(sink.only().getTitle()).isEqualTo("Boete voor café");
        assertThat(sink.warnings).isEmpty();

        String latin2 = "<html><head><meta charset=\"iso-8859-2\"><title>Łódź</title></head><body><article><p>"
                + "De burgemeester van Łódź bezocht dinsdag Rotterdam en sprak met het college over de haven.</p>"
                + "</article></body></html>";
        Document polish = Fixtures.read(write("lodz.html", latin2.getBytes("ISO-8859-2")).toString()).only();
        assertThat(polish.getTitle()).isEqualTo("Łódź");
        assertThat(polish.getMetadata()).containsEntry("encoding", "ISO-8859-2");
    }

    @Test
    void validUtf8WinsOverAStaleDeclaration() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>Zoë</title></head><body><article><p>"
                + TEXT + "</p></article></body></html>";
        CollectingSink sink = Fixtures.read(write("hersaved.html", page.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(sink.only().getText()).isEqualTo(TEXT);
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void xmlEncodingDeclarationOfAFeedIsHonoured() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Krant</title>"
                + "<item><title>Café dicht</title><pubDate>Tue, 27 Dec 2016 12:57:00 +0100</pubDate>"
                + "<description>De café van Zoë en René in Ede is dicht, zei de gemeente dinsdag in een verklaring."
                + "</description></item></channel></rss>";
        CollectingSink sink = Fixtures.read(write("feed.rss", feed.getBytes(StandardCharsets.ISO_8859_1)).toString());
        assertThat(sink.only().getTitle()).isEqualTo("Café dicht");
        assertThat(sink.only().getText()).contains("Zoë en René");
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void mixedLineEndingsBecomeLineFeeds() throws Exception {
        String text = "Eerste regel van het bericht over de haven\r\nloopt door.\rTweede alinea volgt hier.\n\n"
                + "Derde alinea sluit het bericht af.\r\n";
        Document document = Fixtures.read(write("regels.txt", text.getBytes(StandardCharsets.UTF_8)).toString()).only();
        assertThat(document.getText()).isEqualTo("Eerste regel van het bericht over de haven\nloopt door.\n"
                + "Tweede alinea volgt hier.\n\nDerde alinea sluit het bericht af.");
    }

    @Test
    void strayNulBytesBecomeSpacesWithAWarning() throws Exception {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        bytes[2] = 0;
        Path file = write("nul.txt", bytes);
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.only().getText()).isEqualTo("De minister".replace('m', ' ').substring(0, 3) + TEXT.substring(3));
        assertThat(sink.warnings).extracting(DocumentError::message).containsExactly("1 NUL character read as space");
        assertThat(sink.only().getText()).hasSameSizeAs(TEXT);
    }

    @Test
    void zeroWidthAndBidiCharactersAreKept() throws Exception {
        String text = "De \u200Bminister\u200D van \u202BBuitenlandse Zaken\u202C zei \u2066vrijdag\u2069 dat "
                + "het \u200Egesprek\u200F in Wenen \u00ADdoorgaat en dat beide partijen aanwezig zijn.";
        Document document = Fixtures.read(write("bidi.txt", text.getBytes(StandardCharsets.UTF_8)).toString()).only();
        assertThat(document.getText()).isEqualTo(text);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertReadsAs(Path file, String text, String charset) {
        CollectingSink sink = Fixtures.read(file.toString());
        Document document = sink.only();
        assertThat(document.getText()).as(file.toString()).isEqualTo(text);
        assertThat(document.getMetadata().get("encoding")).as(file.toString()).isEqualTo(charset);
        assertThat(sink.warnings).as(file.toString()).isEmpty();
    }
}
