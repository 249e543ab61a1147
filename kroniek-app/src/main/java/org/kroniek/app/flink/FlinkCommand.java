package org.kroniek.app.flink;

import org.kroniek.app.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kroniek flink ...}: the pipeline as an Apache Flink job. */
@Command(name = "flink", mixinStandardHelpOptions = true,
        description = {"Run the ingest as an Apache Flink job (docs/SCALE-OUT.md): here on an embedded MiniCluster;"
                + " the same job jar can be submitted to a Flink cluster."},
        subcommands = {FlinkRunCommand.class})
public final class FlinkCommand extends CommandGroup {
}
