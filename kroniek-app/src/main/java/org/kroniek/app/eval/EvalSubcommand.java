package org.kroniek.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kroniek.core.DocumentJson;
import org.kroniek.nlp.eval.EvalReport;
import picocli.CommandLine.Option;

/** What every {@code kroniek eval} command shares: a reference file check and table-or-JSON output. */
abstract class EvalSubcommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    /** Runs the evaluation; reference files have been checked by then. */
    abstract EvalReport evaluate() throws Exception;

    @Override
    public final Integer call() throws Exception {
        EvalReport report = evaluate();
        System.out.println(json ? DocumentJson.toLine(report.toJsonMap()) : report.toTable());
        return 0;
    }

    static Path readable(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file
                    + " (the reference data lives in ../shared beside the checkout)");
        }
        return file;
    }
}
