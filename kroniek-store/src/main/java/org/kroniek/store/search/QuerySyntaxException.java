package org.kroniek.store.search;

/** The user's query cannot be parsed (or would expand too far); the message says where and why. */
public final class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
