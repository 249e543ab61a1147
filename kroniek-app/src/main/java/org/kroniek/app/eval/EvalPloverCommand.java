package org.kroniek.app.eval;

import java.nio.file.Path;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.nlp.events.PloverEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval plover}: the English pipeline on the PLOVER gold-coded sentences. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = {"Run the English pipeline on the PLOVER gold standard record (one coded event per sentence)",
            "and report event type accuracy and actor/target accuracy of each sentence's main event."})
public final class EvalPloverCommand extends EvalSubcommand {
    @Option(names = "--gold", defaultValue = "../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json", paramLabel = "FILE",
            description = "The PLOVER GSR JSON file (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Override
    EvalReport evaluate() throws Exception {
        return PloverEvaluator.evaluate(readable(gold), NlpPipelines.standard());
    }
}
