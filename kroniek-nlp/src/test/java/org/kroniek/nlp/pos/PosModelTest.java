package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.nlp.conllu.ConlluReader;
import org.kroniek.nlp.conllu.ConlluSentence;

class PosModelTest {
    @Test
    void tinyModelLearnsItsTrainingSentences() {
        PerceptronTagger tagger = new PerceptronTagger(TestModels.tinyModel(), TestModels.lexicon());
        assertThat(tagger.tag(new String[] {"De", "kat", "slaapt", "."}))
                .containsExactly(Upos.DET, Upos.NOUN, Upos.VERB, Upos.PUNCT);
        assertThat(tagger.tag(new String[0])).isEmpty();
    }

    @Test
    void saveAndLoadRoundTripKeepsWeightsAndLemmas(@TempDir Path dir) {
        PosModel model = TestModels.tinyModel();
        Path file = dir.resolve("tiny.model.gz");
        model.save(file);
        PosModel loaded = PosModel.load(file);
        assertThat(loaded.featureCount()).isEqualTo(model.featureCount());
        assertThat(loaded.memory().lemma("slaapt", Upos.VERB)).isEqualTo("slapen");
        assertThat(loaded.memory().isKnownForm("postbode")).isTrue();
        DutchLexicon lexicon = TestModels.lexicon();
        for (ConlluSentence s : ConlluReader.read(TestModels.tinyConllu())) {
            assertThat(new PerceptronTagger(loaded, lexicon).tag(s.forms()))
                    .containsExactly(new PerceptronTagger(model, lexicon).tag(s.forms()));
        }
    }

    @Test
    void trainerWritesAReproducibleModelFile(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.gz");
        Path b = dir.resolve("b.gz");
        PosModel first = PosTrainer.train(ConlluReader.read(TestModels.tinyConllu()), null, TestModels.lexicon(), 3,
                msg -> { });
        PosModel second = PosTrainer.train(ConlluReader.read(TestModels.tinyConllu()), null, TestModels.lexicon(), 3,
                msg -> { });
        first.save(a);
        second.save(b);
        assertThat(PosModel.load(a).featureCount()).isEqualTo(PosModel.load(b).featureCount());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void devFileSelectsTheBestIteration() {
        List<ConlluSentence> tiny = ConlluReader.read(TestModels.tinyConllu());
        StringBuilder log = new StringBuilder();
        PosTrainer.train(tiny, tiny, TestModels.lexicon(), 2, msg -> log.append(msg).append('\n'));
        assertThat(log.toString()).contains("dev accuracy");
    }
}
