package org.kroniek.nlp.pos;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.kroniek.nlp.conllu.ConlluReader;

/** Shared fixtures: the lexicon is loaded once per test JVM; the tiny model is trained from our own fixture. */
final class TestModels {
    private static DutchLexicon lexicon;
    private static PosModel tiny;

    private TestModels() {
    }

    static synchronized DutchLexicon lexicon() {
        if (lexicon == null) {
            lexicon = DutchLexicon.load();
        }
        return lexicon;
    }

    static Path tinyConllu() {
        try {
            return Path.of(TestModels.class.getResource("tiny-fixture-conllu.txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized PosModel tinyModel() {
        if (tiny == null) {
            tiny = PosTrainer.train(ConlluReader.read(tinyConllu()), null, lexicon(), 8, msg -> { });
        }
        return tiny;
    }
}
