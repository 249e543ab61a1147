package org.kroniek.app.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kroniek.nlp.pos.PosTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek train pos}: the Dutch UPOS tagger and lemma memory. */
@Command(name = "pos", mixinStandardHelpOptions = true,
        description = {"Train the Dutch UPOS tagger (averaged perceptron with lexicon features) on CoNLL-U files.",
            "The shipped model: --train ../shared/data/ud-dutch-alpino/nl_alpino-ud-dev.conllu"
                + " --train ../shared/data/ud-dutch-lassysmall/nl_lassysmall-ud-dev.conllu"})
public final class TrainPosCommand implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "CoNLL-U training file (repeatable).")
    List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", description = "CoNLL-U file to report accuracy on while training.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.gz).")
    Path out;

    @Override
    public Integer call() {
        train.forEach(TrainPosCommand::requireReadable);
        if (dev != null) {
            requireReadable(dev);
        }
        PosTrainer.train(train, dev, out);
        System.err.println("kroniek: wrote " + out + "; evaluate it with: kroniek eval pos --model " + out
                + " --conllu FILE");
        return 0;
    }

    static void requireReadable(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
    }
}
