package org.kroniek.app.eval.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Mention;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.nlp.NlpPipelines;

/** The seed articles through the full pipeline: the mentions events will read. */
class SeedsActorMentionsTest {
    private static final Path SHARED = Path.of(System.getProperty("kroniek.shared", "../../shared"));

    private static List<Document> seeds() {
        Path dir = SHARED.resolve("seeds");
        Assumptions.assumeTrue(Files.exists(dir), "../shared absent: seed actor mentions skipped");
        List<Document> docs = new ArrayList<>();
        new DocumentSource(ReaderOptions.defaults()).readAll(List.of(dir.toString()), new DocumentSink() {
            @Override
            public void document(Document document) {
                NlpPipelines.standard().process(document);
                docs.add(document);
            }

            @Override
            public void error(DocumentError error) {
                throw new AssertionError(error.toString());
            }
        });
        return docs;
    }

    private static Mention first(Document doc, String text, String via) {
        return doc.getMentions().stream().filter(m -> m.text().equals(text) && m.via().equals(via)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + via + " mention '" + text + "'"));
    }

    @Test
    void surnamesAcronymsDescriptionsAndPronounsReferBack() {
        List<Document> docs = seeds();
        Document first = docs.get(0);
        Mention lavrov = first(first, "Lavrov", "surname");
        assertThat(first.getMentions().get(lavrov.antecedent()).text()).isEqualTo("Sergej Lavrov");
        assertThat(first(first, "Hij", "pronoun").canonical()).isEqualTo("Sergey Lavrov");
        assertThat(first(first, "HNC", "acronym").canonical()).isEqualTo("High Negotiations Committee");
        assertThat(first(first, "het land", "description").canonical()).isEqualTo("Russia");
        assertThat(first(first, "Assads", "surname").actor()).isEqualTo("SYR:GOV");

        Document second = docs.get(1);
        assertThat(first(second, "de rebellenkoepel", "description").canonical()).isEqualTo("Free Syrian Army");
        assertThat(first(second, "Dat land", "description").actor()).isEqualTo("IRN");
        assertThat(first(second, "FSA", "acronym").actor()).isEqualTo("SYR:REB");
    }
}
