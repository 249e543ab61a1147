package org.kroniek.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kroniek.core.Pipeline;
import org.kroniek.nlp.NlpPipelines;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How to analyse: the options every command that runs the pipeline shares (a picocli mixin). */
public final class AnalysisOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor knowledge-base file (.kb, see docs/FORMATS.md) added to the shipped one; its"
                    + " entries win. Repeatable. Also: the KRONIEK_ACTORS environment variable.")
    List<Path> actorFiles = List.of();

    /** The user's actor files, for a pipeline built elsewhere (a Flink task). */
    public List<Path> actorFiles() {
        return List.copyOf(actorFiles);
    }

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "10",
            description = "Report and skip a document whose analysis takes longer than SECONDS (default: ${DEFAULT-VALUE}).")
    double timeBudgetSeconds;

    /** How long one document's analysis may take. */
    public Duration timeBudget() {
        if (!(timeBudgetSeconds > 0)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--time-budget must be positive, not " + timeBudgetSeconds);
        }
        return Duration.ofMillis(Math.round(timeBudgetSeconds * 1000));
    }

    /** The standard pipeline with the user's actor files. */
    public Pipeline pipeline() {
        return NlpPipelines.standard(actorFiles);
    }
}
