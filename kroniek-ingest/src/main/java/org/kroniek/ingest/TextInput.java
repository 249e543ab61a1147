package org.kroniek.ingest;

import java.time.Instant;

/**
 * One decoded input file (or stdin), handed to a reader.
 *
 * @param source       the path as the user gave it ({@code -} for stdin); becomes {@code Document.source}
 * @param stem         the file name without extension, the default document id ({@code stdin} for stdin)
 * @param text         the whole decoded text
 * @param lastModified the file's modification time, or null (stdin)
 */
public record TextInput(String source, String stem, String text, Instant lastModified) {
    public static final String STDIN = "-";

    public boolean isStdin() {
        return lastModified == null && STDIN.equals(source);
    }
}
