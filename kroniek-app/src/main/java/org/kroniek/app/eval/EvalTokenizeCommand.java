package org.kroniek.app.eval;

import java.nio.file.Path;
import org.kroniek.nlp.eval.EvalReport;
import org.kroniek.nlp.eval.TextLayout;
import org.kroniek.nlp.eval.TokenizeEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval tokenize}: token and sentence F1 against a UD CoNLL-U file. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Token and sentence precision/recall/F1 against a Universal Dependencies CoNLL-U file,",
            "e.g. ../shared/data/ud-dutch-alpino/nl_alpino-ud-test.conllu. Spans must match exactly."})
public final class EvalTokenizeCommand extends EvalSubcommand {
    @Option(names = "--conllu", required = true, paramLabel = "FILE", description = "The CoNLL-U reference file.")
    Path conllu;

    @Option(names = "--layout", defaultValue = "PARAGRAPHS", paramLabel = "LAYOUT",
            description = "How to rebuild the text: PARAGRAPHS (as the treebank groups sentences) or RUNNING_TEXT"
                    + " (all sentences of a document joined by spaces; no layout help) (default: ${DEFAULT-VALUE}).")
    TextLayout layout;

    @Option(names = "--language", defaultValue = "nl",
            description = "Tokenizer rules: nl or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--errors", description = "Also list every missed or extra token and sentence span (stderr).")
    boolean showErrors;

    @Override
    EvalReport evaluate() throws Exception {
        return TokenizeEvaluator.evaluate(readable(conllu), language, layout, showErrors ? System.err::println : null);
    }
}
