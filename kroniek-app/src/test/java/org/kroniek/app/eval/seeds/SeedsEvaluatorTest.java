package org.kroniek.app.eval.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Pipeline;
import org.kroniek.core.Stage;
import org.kroniek.core.Timex;
import org.kroniek.nlp.tokenize.TokenizeStage;

class SeedsEvaluatorTest {
    private static final String ARTICLE = " date 2024-03 Redactie − 12/03/24, 14:05 − bron: ANP\n\n"
            + "Jansen sprak dinsdag in Utrecht met Jansen en Pietersen.\n\nReactie\n\nUtrecht zweeg.\n";

    private static final String GOLD = """
            {"about": "test", "documents": [{
              "file": "a.txt", "language": "nl", "dct": "2024-03-12T14:05", "byline": "Redactie", "source": "ANP",
              "headings": ["Reactie"],
              "entities": [["Jansen", "PER", "Jan Jansen", null], ["Utrecht", "LOC", "Utrecht", "NLD"],
                           ["Jansen", "PER", "Jan Jansen", null], ["Pietersen", "PER", null, null, "optional"],
                           ["Utrecht", "ORG", "Utrecht", "NLD:GOV"]],
              "timex": [{"text": "dinsdag", "type": "DATE", "value": ["2024-03-12"]}],
              "events": []}]}
            """;

    @TempDir
    Path dir;

    /** Plays an entity and time tagger with known answers (after the real tokenizer, which finds headings): tags the first Jansen, Utrecht (twice, once wrongly) and Pietersen. */
    private static Stage scripted(String text) {
        return new Stage() {
            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public void process(Document doc) {
                String t = doc.getText();
                List<Entity> entities = new ArrayList<>();
                entities.add(entity(t, "Jansen", 0, "PER"));
                entities.add(entity(t, "Utrecht", 0, "LOC"));
                entities.add(entity(t, "Pietersen", 0, "PER"));
                entities.add(entity(t, "Utrecht", t.indexOf("Utrecht") + 1, "LOC"));
                doc.setEntities(entities);
                int at = t.indexOf("dinsdag");
                doc.setTimexes(List.of(new Timex(at, at + 7, "dinsdag", "DATE", "2024-03-12", null)));
            }
        };
    }

    private static Entity entity(String text, String surface, int from, String type) {
        int at = text.indexOf(surface, from);
        return new Entity(at, at + surface.length(), surface, type, null, null, 1.0);
    }

    @Test
    void countsSpansTypesOptionalItemsAndTimexValues() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, GOLD);

        SeedsScores scores = SeedsEvaluator.evaluate(gold, dir, Pipeline.of(new TokenizeStage(), scripted(ARTICLE)));

        assertThat(scores.metadataRight()).as(scores.problems().toString()).isEqualTo(scores.metadataChecks()).isEqualTo(5);
        // Right: Jansen, first Utrecht. Optional Pietersen is not counted. Second Utrecht has the wrong type.
        assertThat(scores.entityCorrect()).isEqualTo(2);
        assertThat(scores.entitySpurious()).isEqualTo(1);
        assertThat(scores.entityMissed()).isEqualTo(2);
        assertThat(scores.entityPrecision()).isEqualTo(2.0 / 3);
        assertThat(scores.entityRecall()).isEqualTo(0.5);
        assertThat(scores.timexRight()).isEqualTo(scores.timexTotal()).isEqualTo(1);
        assertThat(scores.problems()).anyMatch(p -> p.contains("missed PER 'Jansen'"))
                .anyMatch(p -> p.contains("missed ORG 'Utrecht'"));
    }

    @Test
    void wrongMetadataIsReported() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE.replace("bron: ANP", "bron: NOS"));
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, GOLD);
        SeedsScores scores = SeedsEvaluator.evaluate(gold, dir, Pipeline.of(new TokenizeStage(), scripted(ARTICLE)));
        assertThat(scores.metadataRight()).isEqualTo(4);
        assertThat(scores.problems()).anyMatch(p -> p.contains("publisher: expected ANP, got NOS"));
    }
}
