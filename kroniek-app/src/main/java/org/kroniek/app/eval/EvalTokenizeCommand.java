package org.kroniek.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kroniek.core.DocumentJson;
import org.kroniek.nlp.eval.TokenizeEvaluator;
import org.kroniek.nlp.eval.TokenizeScores;
import org.kroniek.nlp.eval.TextLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval tokenize}: token and sentence F1 against a UD CoNLL-U file. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Token and sentence precision/recall/F1 against a Universal Dependencies CoNLL-U file,",
            "e.g. ../shared/data/ud-dutch-alpino/nl_alpino-ud-test.conllu. Spans must match exactly."})
public final class EvalTokenizeCommand implements Callable<Integer> {
    @Option(names = "--conllu", required = true, paramLabel = "FILE", description = "The CoNLL-U reference file.")
    Path conllu;

    @Option(names = "--layout", defaultValue = "PARAGRAPHS", paramLabel = "LAYOUT",
            description = "How to rebuild the text: PARAGRAPHS (as the treebank groups sentences) or RUNNING_TEXT"
                    + " (all sentences of a document joined by spaces; no layout help) (default: ${DEFAULT-VALUE}).")
    TextLayout layout;

    @Option(names = "--language", defaultValue = "nl", description = "Tokenizer rules: nl or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--errors", description = "Also list every missed or extra token and sentence span.")
    boolean showErrors;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(conllu)) {
            throw new IllegalArgumentException("cannot read " + conllu + " (is ../shared beside the checkout?)");
        }
        TokenizeScores scores = TokenizeEvaluator.evaluate(conllu, language, layout,
                showErrors ? System.err::println : null);
        System.out.println(json ? DocumentJson.toLine(scores.toJsonMap()) : scores.toTable());
        return 0;
    }
}
