package org.kroniek.app.train;

import org.kroniek.app.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kroniek train ...}: reproduce the shipped models from the reference data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model from reference data (in ../shared/data; never copied into the repository).",
            "The shipped models were made with these commands; see their NOTE.md files."},
        subcommands = {TrainPosCommand.class, TrainNerCommand.class})
public final class TrainCommand extends CommandGroup {
}
