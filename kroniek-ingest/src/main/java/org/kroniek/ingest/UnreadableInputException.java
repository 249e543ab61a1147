package org.kroniek.ingest;

/**
 * Input that cannot be turned into a document. The message is shown to the user as it is (it becomes a
 * {@link org.kroniek.core.DocumentError}), so it says what is wrong in plain words and carries no stack trace.
 */
public final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String message) {
        super(message, null, false, false);
    }
}
