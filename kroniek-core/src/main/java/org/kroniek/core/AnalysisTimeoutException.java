package org.kroniek.core;

/**
 * A document's analysis took longer than its time budget (pathological text: a megabyte without a full stop,
 * thousands of numbers that all look like dates). The caller reports the document and goes on with the batch.
 */
public final class AnalysisTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisTimeoutException(String message) {
        super(message, null, false, false);
    }
}
