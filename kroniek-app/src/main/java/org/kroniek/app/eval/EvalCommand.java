package org.kroniek.app.eval;

import org.kroniek.app.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kroniek eval ...}: reproduce the published quality figures from reference data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure kroniek against reference data; prints a table, or one JSON object with --json.",
            "Reference data lives in ../shared/data (third-party) and ../shared/gold (hand-made)."},
        subcommands = {EvalTokenizeCommand.class, EvalPosCommand.class, EvalNerCommand.class,
            EvalTimexCommand.class, EvalTimemlCommand.class, EvalSeedsCommand.class, EvalPloverCommand.class,
            EvalStoriesCommand.class, EvalTimelineCommand.class})
public final class EvalCommand extends CommandGroup {
}
