package org.kroniek.app.eval;

import java.nio.file.Path;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.nlp.eval.PosEvaluator;
import org.kroniek.nlp.pos.DutchLexicon;
import org.kroniek.nlp.pos.DutchPosAnalyzer;
import org.kroniek.nlp.pos.PosModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval pos}: UPOS and lemma accuracy on gold tokens. */
@Command(name = "pos", mixinStandardHelpOptions = true,
        description = {"UPOS, lemma and unknown-word accuracy against a UD CoNLL-U file (gold tokenization),",
            "e.g. ../shared/data/ud-dutch-alpino/nl_alpino-ud-test.conllu."})
public final class EvalPosCommand extends EvalSubcommand {
    @Option(names = "--conllu", required = true, paramLabel = "FILE", description = "The CoNLL-U reference file.")
    Path conllu;

    @Option(names = "--model", paramLabel = "FILE", description = "A model from 'kroniek train pos' (default: the shipped one).")
    Path model;

    @Override
    EvalReport evaluate() {
        if (model == null) {
            return PosEvaluator.evaluate(readable(conllu));
        }
        return PosEvaluator.evaluate(readable(conllu),
                new DutchPosAnalyzer(PosModel.load(readable(model)), DutchLexicon.load()));
    }
}
