package org.kroniek.app.bench;

import picocli.CommandLine.Command;

/** {@code kroniek bench ...}: throughput on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput on this machine; figures go to docs/RESULTS.md.",
        subcommands = {BenchTokenizeCommand.class, BenchNlpCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
