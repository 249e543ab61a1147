package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;

class AnalyzeCommandTest {

    /** A seed-format article written for this test. */
    private static final String ARTICLE = " date 2024-03-12 Redactie − 12/03/24, 14:05 − bron: ANP\n\n"
            + "De vakbond en de werkgevers zijn dinsdag opnieuw met elkaar in gesprek. Dat zei dhr. Jansen.\n\n"
            + "Achtergrond\n\n"
            + "Het overleg liep vorige week vast.\n";

    @TempDir
    Path dir;

    @Test
    void writesTheJsonContractAndCountsFailures() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), ARTICLE);
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.write(dir.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7});

        CliRun run = CliRun.of("analyze", "--format", "json", dir.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(2);
        JsonNode json = DocumentJson.mapper().readTree(run.out());
        assertThat(json.get("documents")).hasSize(1);
        JsonNode doc = json.get("documents").get(0);
        assertThat(doc.get("id").asText()).isEqualTo("a-good");
        assertThat(doc.get("source").asText()).endsWith("a-good.txt");
        assertThat(doc.get("dct").asText()).isEqualTo("2024-03-12T14:05");
        assertThat(doc.get("language").asText()).isEqualTo("nl");
        assertThat(doc.get("tokens").size()).isGreaterThan(20);
        assertThat(doc.get("sentences").size()).isEqualTo(4);
        assertThat(doc.get("entities").isArray()).isTrue();
        assertThat(doc.get("events").isArray()).isTrue();
        assertThat(json.get("errors")).hasSize(2);
        assertThat(run.err()).contains("b-empty.txt", "c-binary.txt", "1 document analysed, 2 failed")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void headingsAreTheirOwnSegment() throws Exception {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, ARTICLE);
        CliRun run = CliRun.of("analyze", "--format", "jsonl", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Document doc = DocumentJson.fromJson(run.out().strip());
        assertThat(doc.getSentences()).filteredOn(s -> s.heading())
                .extracting(s -> doc.span(s.start(), s.end())).containsExactly("Achtergrond");
        assertThat(doc.getText()).doesNotContain("bron: ANP");
    }

    @Test
    void jsonLinesGivesOneParsableDocumentPerLine() throws Exception {
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, """
                {"id": "n1", "date": "2024-05-01", "title": "Staking", "text": "De staking in de haven duurt voort. Het overleg is morgen."}
                this line is not json
                {"id": "n2", "date": "2024-05-02", "text": "The strike at the port ended on Thursday, the union said."}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", "--format", "jsonl", jsonl.toString());
        assertThat(run.status()).isEqualTo(2);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(DocumentJson.fromJson(lines[0]).getLanguage()).isEqualTo("nl");
        assertThat(DocumentJson.fromJson(lines[1]).getLanguage()).isEqualTo("en");
        assertThat(run.err()).contains("feed.jsonl:2");
    }

    @Test
    void missingPathIsReportedAndTheBatchGoesOn() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, ARTICLE);
        CliRun run = CliRun.of("analyze", "--format", "text", dir.resolve("nope.txt").toString(), good.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("== good", "# Achtergrond");
        assertThat(run.err()).contains("nope.txt").doesNotContain("Exception");
    }

    @Test
    void writesToAnOutputFile() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, ARTICLE);
        Path out = dir.resolve("out/result.json");
        CliRun run = CliRun.of("analyze", "--format", "json", "-o", out.toString(), good.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(DocumentJson.mapper().readTree(out.toFile()).get("documents")).hasSize(1);
    }
}
