package org.kroniek.app.eval;

import java.nio.file.Path;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.nlp.eval.NerEvaluator;
import org.kroniek.nlp.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval ner}: conlleval-compatible chunk precision/recall/F1. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Named-entity precision/recall/F1 per type and overall (exact span and type, as conlleval)",
            "against a CoNLL-2002 file, e.g. ../shared/data/conll2002-ned/ned.testb."})
public final class EvalNerCommand extends EvalSubcommand {
    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "The CoNLL-2002 reference file.")
    Path conll;

    @Option(names = "--model", paramLabel = "FILE", description = "A model from 'kroniek train ner' (default: the shipped one).")
    Path model;

    @Override
    EvalReport evaluate() {
        return model == null ? NerEvaluator.evaluate(readable(conll))
                : NerEvaluator.evaluate(readable(conll), NerModel.load(readable(model)));
    }
}
