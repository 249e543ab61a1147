package org.kroniek.store;

/**
 * Asks whether a document identity is already stored, from a thread other than the writer's (its own
 * connection), so that unchanged inputs skip analysis altogether.
 */
public interface IdentityLookup extends AutoCloseable {
    boolean contains(String identity);

    @Override
    void close();
}
