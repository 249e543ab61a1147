package org.kroniek.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.nlp.eval.TimemlEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval timeml}: TempEval-3 style scores on a directory of TimeML files. */
@Command(name = "timeml", mixinStandardHelpOptions = true,
        description = {"Strict and relaxed span F1, type F1 and value F1 of time expressions, as TempEval-3 scores",
            "them, on a directory of TimeML (.tml) files, e.g. ../shared/data/tempeval3-en/te3-platinum."})
public final class EvalTimemlCommand extends EvalSubcommand {
    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Directory with .tml files.")
    Path dir;

    @Override
    EvalReport evaluate() {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no directory " + dir
                    + " (the reference data lives in ../shared beside the checkout)");
        }
        return TimemlEvaluator.evaluate(dir);
    }
}
