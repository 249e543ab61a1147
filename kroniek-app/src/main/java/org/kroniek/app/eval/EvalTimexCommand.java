package org.kroniek.app.eval;

import java.nio.file.Path;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.nlp.eval.TimexTsvEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval timex}: Dutch time expressions, detection and value, against a TSV of examples. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {"Detection (exact span) and value accuracy of time expressions against a TSV of sentences",
            "with their creation date, e.g. ../shared/gold/timex-nl.tsv (its header describes the columns)."})
public final class EvalTimexCommand extends EvalSubcommand {
    @Option(names = "--tsv", required = true, paramLabel = "FILE", description = "The reference TSV file.")
    Path tsv;

    @Override
    EvalReport evaluate() {
        return TimexTsvEvaluator.evaluate(readable(tsv));
    }
}
