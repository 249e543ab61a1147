package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.DocumentJson;

/** The story, actor and export commands over the bundled samples (events layer still empty there). */
class StoriesCommandsTest {
    @TempDir
    static Path dir;

    private static String store() {
        return dir.resolve("store").toString();
    }

    @BeforeAll
    static void ingest() {
        Path samples = Path.of(System.getProperty("kroniek.root", "..")).resolve("samples");
        CliRun run = CliRun.of("ingest", "--store", store(), samples.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void thePortStrikeArticlesAreOneStoryAndNothingElseIsInIt() throws Exception {
        CliRun list = CliRun.of("stories", "--store", store(), "--json");
        assertThat(list.status()).as(list.err()).isZero();
        JsonNode largest = DocumentJson.mapper().readTree(list.out()).at("/stories/0");
        assertThat(largest.get("title").asText()).contains("Rijnmond Container Terminals");
        assertThat(largest.get("firstDay").asText()).isEqualTo("2024-09-19");
        assertThat(largest.get("lastDay").asText()).isEqualTo("2024-10-17");
        // RCT is linked to its long form, so the story's actor is the company's canonical (local) id.
        assertThat(largest.get("actors").has("local:rijnmond-container-terminals")).isTrue();

        CliRun one = CliRun.of("stories", "--store", store(), "--story", largest.get("id").asText(), "--json");
        List<String> ids = new ArrayList<>();
        DocumentJson.mapper().readTree(one.out()).get("documents").forEach(d -> ids.add(d.get("id").asText()));
        assertThat(ids).containsExactly("001_havenstaking-aangekondigd", "002_staking-rotterdamse-haven-begonnen",
                "003_kort-geding-tegen-havenstaking", "004_rechter-staat-havenstaking-toe", "005_bemiddelaar-havenconflict",
                "007_akkoord-cao-rct");
    }

    @Test
    void ingestTakesTheUsersActorFile() throws Exception {
        Path samples = Path.of(System.getProperty("kroniek.root", "..")).resolve("samples");
        String fictionStore = dir.resolve("fiction-store").toString();
        CliRun ingest = CliRun.of("ingest", "--store", fictionStore, "--actors",
                samples.resolve("fiction.kb").toString(), samples.resolve("nl/017_staakt-het-vuren-wenen.txt").toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        CliRun actors = CliRun.of("actors", "--store", fictionStore, "--json");
        List<String> codes = new ArrayList<>();
        DocumentJson.mapper().readTree(actors.out()).get("actors").forEach(a -> codes.add(a.get("code").asText()));
        assertThat(codes).contains("XKR", "XBL", "XKR:GOV");
    }

    @Test
    void actorsAreCountedPerMonth() throws Exception {
        CliRun run = CliRun.of("actors", "--store", store(), "--limit", "3", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode first = DocumentJson.mapper().readTree(run.out()).at("/actors/0");
        assertThat(first.get("mentions").asLong()).isGreaterThan(10);
        long perMonth = 0;
        for (JsonNode n : first.get("perPeriod")) {
            perMonth += n.asLong();
        }
        assertThat(perMonth).isEqualTo(first.get("mentions").asLong());
        CliRun text = CliRun.of("actors", "--store", store(), "--by", "DAY", "--limit", "2");
        assertThat(text.out()).startsWith("actor").contains("mentions per day");
    }

    @Test
    void exportsWriteEveryDocumentAndAWellFormedEventTable() throws Exception {
        Path jsonl = dir.resolve("docs.jsonl");
        CliRun run = CliRun.of("export", "--store", store(), "--format", "jsonl", "--out", jsonl.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(27);
        assertThat(DocumentJson.mapper().readTree(lines.get(0)).has("story")).isTrue();

        CliRun csv = CliRun.of("export", "--store", store(), "--format", "events-csv");
        assertThat(csv.out()).startsWith("event_id,date,date_from_document,actor1_code,actor1_name,actor2_code");
        CliRun ld = CliRun.of("export", "--store", store(), "--format", "jsonld");
        JsonNode graph = DocumentJson.mapper().readTree(ld.out()).get("@graph");
        long articles = 0;
        for (JsonNode n : graph) {
            articles += n.path("@type").asText().equals("NewsArticle") ? 1 : 0;
        }
        assertThat(articles).isEqualTo(27);
        assertThat(CliRun.of("export", "--store", store(), "--format", "xml").status()).isEqualTo(1);
    }

    @Test
    void timelineAndGraphNeedASelectionAndSayWhenThereAreNoEvents() {
        assertThat(CliRun.of("timeline", "--store", store()).status()).isEqualTo(1);
        CliRun query = CliRun.of("timeline", "--store", store(), "--query", "havenstaking");
        assertThat(query.status()).as(query.err()).isZero();
        assertThat(query.out()).satisfiesAnyOf(o -> assertThat(o).startsWith("No dated events"),
                o -> assertThat(o).startsWith("Timeline for query havenstaking"));
        assertThat(CliRun.of("graph", "--store", store(), "--actor", "RCT").status()).isZero();
    }
}
