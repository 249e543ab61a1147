package org.kroniek.store;

/**
 * What opening a store for writing had to repair in the search index.
 *
 * @param reindexed       documents re-added from the database (the index lagged behind: a crash, or a rebuild)
 * @param removed         true when documents the database no longer holds were removed from the index
 * @param rebuiltBecause  why the whole index was rebuilt, or null
 */
public record ReconcileReport(long reindexed, boolean removed, String rebuiltBecause) {
    public boolean repaired() {
        return reindexed > 0 || removed || rebuiltBecause != null;
    }
}
