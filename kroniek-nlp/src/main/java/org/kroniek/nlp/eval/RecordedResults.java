package org.kroniek.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quality gates recorded in {@code docs/RESULTS.md}: rows of its "Gates" table such as
 * {@code | `ner_testb_f1` | 0.8235 | ... |}. Eval gate tests compare today's figure with the recorded one, so
 * that raising a figure in the documentation raises the bar, and a regression fails the build.
 */
public final class RecordedResults {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\|",
            Pattern.MULTILINE);

    private RecordedResults() {
    }

    /** The recorded value of a gate, read from {@code docs/RESULTS.md} under the project root. */
    public static double gate(String name) {
        return gate(resultsFile(), name);
    }

    static double gate(Path resultsFile, String name) {
        String text;
        try {
            text = Files.readString(resultsFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recorded results " + resultsFile, e);
        }
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            if (row.group(1).equals(name)) {
                return Double.parseDouble(row.group(2));
            }
        }
        throw new IllegalStateException("no gate `" + name + "` in the Gates table of " + resultsFile);
    }

    /** {@code docs/RESULTS.md}, found from the {@code kroniek.root} property (set by the build) or upwards. */
    static Path resultsFile() {
        String root = System.getProperty("kroniek.root");
        if (root != null) {
            return Path.of(root, "docs", "RESULTS.md");
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/RESULTS.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/RESULTS.md not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/RESULTS.md");
    }
}
