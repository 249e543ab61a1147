package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.DocumentJson;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestSearchCommandTest {
    @TempDir
    static Path dir;

    private static Path samples() {
        return Path.of(System.getProperty("kroniek.root", "..")).resolve("samples");
    }

    private static String store() {
        return dir.resolve("store").toString();
    }

    @Test
    @Order(1)
    void ingestingTheSamplesTwiceAddsNothingTheSecondTime() {
        CliRun first = CliRun.of("ingest", "--store", store(), samples().toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("27 new (0 near-duplicates linked), 0 unchanged, 0 failed")
                .doesNotContain("Exception");

        CliRun again = CliRun.of("ingest", "--store", store(), samples().toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).contains("0 new (0 near-duplicates linked), 27 unchanged, 0 failed",
                "holds 27 documents");
    }

    @Test
    @Order(2)
    void aRepublishedSampleIsLinkedAndFailuresGiveExitTwo() throws Exception {
        String original = Files.readString(samples().resolve("nl/009_evacuatie-boxtel-tweede-kerstdag.txt"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("republished.txt"), original
                .replace("Redactie − 26/12/24, 17:40 − bron: ANP", "Sanne de Wit − 26/12/24, 18:05 − bron: Dagblad")
                .replace("De Dommel is na dagenlange regenval buiten haar oevers getreden.",
                        "De Dommel trad na dagen van regen buiten haar oevers."));
        Files.writeString(inbox.resolve("empty.txt"), "");

        CliRun run = CliRun.of("ingest", "--store", store(), inbox.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("1 new (1 near-duplicates linked), 0 unchanged, 1 failed", "empty.txt");

        CliRun search = CliRun.of("search", "--store", store(), "Boxtel evacuatie");
        assertThat(search.out()).contains("009_evacuatie-boxtel-tweede-kerstdag", "(+1 near-duplicate)")
                .doesNotContain("republished");
    }

    @Test
    @Order(3)
    void searchFindsStemsFiltersAndWritesJson() throws Exception {
        CliRun run = CliRun.of("search", "--store", store(), "onderhandeling", "--json", "--language", "nl",
                "--from", "2024-09", "--to", "2024-10");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = DocumentJson.mapper().readTree(run.out());
        assertThat(json.get("total").asInt()).isEqualTo(2);
        for (JsonNode hit : json.get("hits")) {
            assertThat(hit.get("dct").asText()).startsWith("2024-");
            assertThat(hit.get("snippets").get(0).asText()).contains("<mark>onderhandel");
        }

        CliRun english = CliRun.of("search", "--store", store(), "ceasefire", "--language", "en");
        assertThat(english.out()).contains("003_ceasefire-signed-in-vienna").contains("**ceasefire**");
    }

    @Test
    @Order(4)
    void badQueriesAndMissingStoresAreClearErrors() {
        CliRun bad = CliRun.of("search", "--store", store(), "haven AND (");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("cannot parse the query").doesNotContain("Exception");

        CliRun badDate = CliRun.of("search", "--store", store(), "--from", "gisteren", "haven");
        assertThat(badDate.status()).isEqualTo(1);
        assertThat(badDate.err()).contains("--from 'gisteren' is not a date");

        CliRun missing = CliRun.of("search", "--store", dir.resolve("nothing").toString(), "haven");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no kroniek store at");
    }
}
