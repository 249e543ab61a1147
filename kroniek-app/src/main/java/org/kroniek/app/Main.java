package org.kroniek.app;

import org.kroniek.app.analyze.AnalyzeCommand;
import org.kroniek.app.bench.BenchCommand;
import org.kroniek.app.cli.CommandGroup;
import org.kroniek.app.cli.VersionProvider;
import org.kroniek.app.eval.EvalCommand;
import org.kroniek.app.export.ExportCommand;
import org.kroniek.app.flink.FlinkCommand;
import org.kroniek.app.ingest.IngestCommand;
import org.kroniek.app.search.SearchCommand;
import org.kroniek.app.serve.ServeCommand;
import org.kroniek.app.timeline.ActorsCommand;
import org.kroniek.app.timeline.GraphCommand;
import org.kroniek.app.timeline.StoriesCommand;
import org.kroniek.app.timeline.TimelineCommand;
import org.kroniek.app.train.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kroniek} command line. */
@Command(name = "kroniek",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Offline news intelligence: who did what to whom, when and where, with the words that say so.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, FlinkCommand.class, SearchCommand.class, StoriesCommand.class,
                TimelineCommand.class, ActorsCommand.class, GraphCommand.class, ExportCommand.class, ServeCommand.class,
                EvalCommand.class,
                TrainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main extends CommandGroup {
    /** Lucene logs a hint about the incubating vector API on every start; users cannot act on it. Held so it stays. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit status (0 ok, 1 usage or failure, 2 some documents failed). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Users get one clear line; a stack trace only when they ask for it.
            commandLine.getErr().println("kroniek: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("KRONIEK_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        cli.setParameterExceptionHandler((e, commandArgs) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("kroniek: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName(" ") + " --help' for usage.");
            return 1;
        });
        return cli.execute(args);
    }
}
