package org.kroniek.app.train;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kroniek.nlp.ner.NerTrainer;
import org.kroniek.nlp.ner.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek train ner}: the Dutch named-entity model. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Train the Dutch NER model (structured perceptron, two passes) on CoNLL-2002 data;",
            "the number of iterations is chosen on --dev. The shipped model:",
            "--train ../shared/data/conll2002-ned/ned.train --dev ../shared/data/conll2002-ned/ned.testa"})
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "CoNLL-2002 training file.")
    Path train;

    @Option(names = "--dev", required = true, paramLabel = "FILE", description = "CoNLL-2002 development file.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.gz).")
    Path out;

    @Override
    public Integer call() {
        TrainPosCommand.requireReadable(train);
        TrainPosCommand.requireReadable(dev);
        TrainingReport report = NerTrainer.train(train, dev, out);
        System.err.println(report.summary());
        return 0;
    }
}
