package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kroniek.core.DocumentJson;

/** The bundled sample corpus is what a new user runs first: it must read cleanly and in the right languages. */
class SampleCorpusTest {

    private static Path samples() {
        return Path.of(System.getProperty("kroniek.root", "..")).resolve("samples");
    }

    @Test
    void everySampleIsReadAndAnalysed() throws Exception {
        CliRun run = CliRun.of("analyze", "--format", "json", samples().toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode docs = DocumentJson.mapper().readTree(run.out()).get("documents");
        int dutch = 0;
        int english = 0;
        for (JsonNode doc : docs) {
            String source = doc.get("source").asText();
            String language = doc.get("language").asText();
            assertThat(source).as("language of " + source).contains("/" + language + "/");
            assertThat(doc.get("dct").isNull()).as("dct of " + source).isFalse();
            assertThat(doc.get("sentences").size()).as("sentences of " + source).isGreaterThan(2);
            if (language.equals("nl")) {
                dutch++;
            } else {
                english++;
            }
        }
        assertThat(dutch).isGreaterThanOrEqualTo(20);
        assertThat(english).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theFictionActorFileLinksTheInventedCountries() throws Exception {
        Path article = samples().resolve("nl/017_staakt-het-vuren-wenen.txt");
        CliRun run = CliRun.of("analyze", "--format", "jsonl", "--actors",
                samples().resolve("fiction.kb").toString(), article.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode doc = DocumentJson.mapper().readTree(run.out());
        java.util.Map<String, String> actors = new java.util.HashMap<>();
        doc.get("entities").forEach(e -> actors.put(e.get("text").asText(), e.get("actor").asText(null)));
        assertThat(actors).containsEntry("Karsanië", "XKR").containsEntry("Mira Jelenska", "XKR:GOV")
                .containsEntry("Radomir Ostrev", "XBL:GOV");
    }

    @Test
    void noPathMeansTheSampleCorpus() {
        String oldHome = System.getProperty("kroniek.home");
        System.setProperty("kroniek.home", samples().getParent().toString());
        try {
            CliRun run = CliRun.of("analyze", "--format", "text");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("== ");
            assertThat(run.err()).containsPattern("\\d{2,} documents analysed, 0 failed");
        } finally {
            if (oldHome == null) {
                System.clearProperty("kroniek.home");
            } else {
                System.setProperty("kroniek.home", oldHome);
            }
        }
    }
}
