package org.kroniek.store;

/**
 * The store cannot be opened, read or written: a message a user can act on (which directory, what is wrong,
 * what to do), never a bare driver error.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
