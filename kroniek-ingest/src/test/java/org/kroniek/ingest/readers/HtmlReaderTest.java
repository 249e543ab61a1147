package org.kroniek.ingest.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.ingest.CollectingSink;
import org.kroniek.ingest.Fixtures;

class HtmlReaderTest {
    @TempDir
    Path dir;

    @Test
    void articlePageGivesMainTextAndMetadata() {
        Document doc = Fixtures.readFixture("html/artikel.html").only();
        assertThat(doc.getId()).isEqualTo("artikel");
        assertThat(doc.getTitle()).isEqualTo("Nieuwe sluis bij Terneuzen geopend");
        assertThat(doc.getDct()).isEqualTo("2021-02-10T14:30:00");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.SECOND);
        assertThat(doc.getPublisher()).isEqualTo("Voorbeeldkrant");
        assertThat(doc.getByline()).isEqualTo("Els Jansen");
        assertThat(doc.getLanguage()).isEqualTo("nl");
        assertThat(doc.getMetadata()).containsEntry("url", "https://example.org/sluis");
        assertThat(doc.getText()).isEqualTo("""
                De nieuwe zeesluis bij Terneuzen is woensdag officieel in gebruik genomen. Schepen kunnen nu \
                sneller doorvaren naar Gent.

                Vertraging

                De opening liep ruim een jaar vertraging op door problemen met de sluisdeuren.""");
    }

    @Test
    void pageWithoutArticleUsesTheBlockWithMostParagraphText() {
        Document doc = Fixtures.readFixture("html/zonder-article.html").only();
        assertThat(doc.getTitle()).isEqualTo("Market report");
        assertThat(doc.getDct()).isEqualTo("2021-05-03");
        assertThat(doc.getDctGranularity()).isEqualTo(DctGranularity.DAY);
        assertThat(doc.getLanguage()).isEqualTo("en");
        assertThat(doc.getText()).startsWith("Shares in European banks")
                .contains("small increase.\nTrading volumes were low.")
                .doesNotContain("Home").doesNotContain("Search");
    }

    @Test
    void timeElementAndMainAreUsedWhenThereIsNoArticle() throws Exception {
        Path file = dir.resolve("main.htm");
        Files.writeString(file, """
                <html><head><title>Kop</title></head><body>
                <nav>Menu</nav>
                <main><h1>Stroomstoring in Groningen</h1><time datetime="2022-01-05T10:15">5 januari</time>
                <p>Duizenden huishoudens in Groningen zaten woensdagochtend urenlang zonder stroom.</p></main>
                <div><p>Advertentie</p></div>
                </body></html>""");
        Document doc = Fixtures.read(file.toString()).only();
        assertThat(doc.getTitle()).isEqualTo("Kop");
        assertThat(doc.getDct()).isEqualTo("2022-01-05T10:15");
        assertThat(doc.getText()).startsWith("Stroomstoring in Groningen").doesNotContain("Menu")
                .doesNotContain("Advertentie");
    }

    @Test
    void pageWithoutTextIsAnError() throws Exception {
        Path file = dir.resolve("leeg.html");
        Files.writeString(file, "<html><head><title>Leeg</title><script>x()</script></head><body><nav>Menu</nav></body></html>");
        CollectingSink sink = Fixtures.read(file.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("no text found in the HTML"));
    }
}
