package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void trainsOnATinyFixtureAndSavesAndLoadsTheSameModel() throws Exception {
        Path fixture = fixture();
        Path out = tmp.resolve("tiny.model.gz");
        NerTrainer.Options options = NerTrainer.Options.defaults().withMaxIterations(5).withCapsAugmentation(0)
                .quiet();
        TrainingReport report = NerTrainer.train(fixture, fixture, out, options);
        assertThat(Files.size(out)).isPositive();
        assertThat(report.bestDevF1()).isGreaterThan(0.9); // it has seen these very sentences
        assertThat(report.features()).isPositive();

        NerModel loaded = NerModel.load(out);
        assertThat(loaded.featureCount()).isEqualTo(report.features());
        assertThat(loaded.second()).isNotNull();
        String[] words = {"Jan", "Peeters", "woont", "in", "Gent", "."};
        NerPrediction p = new NerTagger(loaded).tag(words);
        assertThat(p.labelNames()).containsExactly("B-PER", "I-PER", "O", "O", "B-LOC", "O");

        Path again = tmp.resolve("again.model.gz");
        loaded.save(again);
        NerModel reloaded = NerModel.load(again);
        assertThat(new NerTagger(reloaded).tag(words).labels()).containsExactly(p.labels());
        assertThat(reloaded.temperature()).isEqualTo(loaded.temperature());
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        Path fixture = fixture();
        NerTrainer.Options options = NerTrainer.Options.defaults().withMaxIterations(3).quiet();
        NerTrainer.train(fixture, fixture, tmp.resolve("a.gz"), options);
        NerTrainer.train(fixture, fixture, tmp.resolve("b.gz"), options);
        assertThat(Files.readAllBytes(tmp.resolve("a.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.gz")));
    }

    @Test
    void readsArticlesAndSentences() throws Exception {
        List<List<ConllSentence>> docs = ConllReader.readDocuments(fixture());
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0)).hasSize(3);
        assertThat(docs.get(0).get(1).words()).startsWith("Marie", "Claes");
        assertThat(docs.get(0).get(1).tags()).startsWith("B-PER", "I-PER");
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(NerModelRoundTripTest.class.getResource("tiny.conll").toURI());
    }
}
