package org.kroniek.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled sample corpus ({@code samples/} in the kroniek home, which the launcher passes). */
public final class SampleCorpus {
    private SampleCorpus() {
    }

    public static Path directory() {
        Path home = Path.of(System.getProperty("kroniek.home", "."));
        Path samples = home.resolve("samples").toAbsolutePath().normalize();
        if (!Files.isDirectory(samples)) {
            throw new IllegalStateException("no input given and no sample corpus at " + samples
                    + "; pass files or directories to read");
        }
        return samples;
    }
}
