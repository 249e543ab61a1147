package org.kroniek.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem with one input document (unreadable, empty, too large, not JSON, unsupported language, ...).
 * Errors are collected and reported; they never stop a batch.
 *
 * @param source the path or URL the document came from
 * @param line   the 1-based line in a multi-document file (JSON Lines), or null
 * @param message what is wrong, in words a user can act on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentError(String source, Integer line, String message) {
    public static DocumentError of(String source, String message) {
        return new DocumentError(source, null, message);
    }

    /** The one-line form printed on stderr: {@code source:line: message}. */
    @Override
    public String toString() {
        return source + (line == null ? "" : ":" + line) + ": " + message;
    }
}
