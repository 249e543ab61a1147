package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void versionNamesKroniekAndJava() {
        CliRun run = CliRun.of("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).containsPattern("kroniek \\d+\\.\\d+\\.\\d+").contains("Java");
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("analyze", "eval", "bench");
    }

    @Test
    void everyCommandHasHelp() {
        List<String[]> paths = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThanOrEqualTo(5);
        for (String[] path : paths) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(path), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertThat(run.status()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage: kroniek");
        }
    }

    @Test
    void unknownOptionIsAUsageErrorNotAStackTrace() {
        CliRun run = CliRun.of("analyze", "--no-such-option");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown option", "kroniek analyze --help").doesNotContain("Exception");
    }

    private static void collect(CommandLine cli, List<String> prefix, List<String[]> out) {
        for (var entry : cli.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(entry.getKey());
            out.add(path.toArray(String[]::new));
            collect(entry.getValue(), path, out);
        }
    }
}
