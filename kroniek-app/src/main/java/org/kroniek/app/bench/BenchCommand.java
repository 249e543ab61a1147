package org.kroniek.app.bench;

import org.kroniek.app.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kroniek bench ...}: throughput on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput on this machine; figures go to docs/RESULTS.md.",
        subcommands = {BenchTokenizeCommand.class, BenchNlpCommand.class, BenchIngestCommand.class})
public final class BenchCommand extends CommandGroup {
}
