package org.kroniek.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kroniek.app.eval.seeds.SeedsEvaluator;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.nlp.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kroniek eval seeds}: the full pipeline on the two seed articles against their reference. */
@Command(name = "seeds", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on the seed articles and compare with the hand-made reference:",
            "metadata and headings, entities (exact span and type), time expressions (span and value)."})
public final class EvalSeedsCommand extends EvalSubcommand {
    @Option(names = "--gold", defaultValue = "../shared/gold/seeds.json", paramLabel = "FILE",
            description = "The reference annotation (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--docs", defaultValue = "../shared/seeds", paramLabel = "DIR",
            description = "The directory with the seed articles (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Override
    EvalReport evaluate() throws Exception {
        if (!Files.isDirectory(docs)) {
            throw new IllegalArgumentException("no directory " + docs + " (the seeds live in ../shared/seeds)");
        }
        return SeedsEvaluator.evaluate(readable(gold), docs, NlpPipelines.standard());
    }
}
