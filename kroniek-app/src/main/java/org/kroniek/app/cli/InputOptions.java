package org.kroniek.app.cli;

import org.kroniek.ingest.ReaderOptions;
import picocli.CommandLine.Option;

/** How to read input: the options {@code analyze} and {@code ingest} share (a picocli mixin). */
public final class InputOptions {
    @Option(names = "--date", paramLabel = "DATE",
            description = "Creation date for plain-text input that carries none, e.g. 2016-12-27 or 2016-12-27T12:57.")
    String date;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (by extension and content), seed, text, jsonl, html or rss (default: ${DEFAULT-VALUE}).")
    String inputFormat;

    @Option(names = {"--max-bytes", "--max-document-bytes"}, paramLabel = "N", defaultValue = "" + ReaderOptions.DEFAULT_MAX_BYTES,
            description = "Skip (and report) input files and JSON Lines records larger than N bytes"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    public ReaderOptions readerOptions() {
        return new ReaderOptions(maxBytes, date, inputFormat);
    }
}
