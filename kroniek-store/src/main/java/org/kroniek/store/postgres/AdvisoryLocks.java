package org.kroniek.store.postgres;

/**
 * The PostgreSQL advisory lock keys of a store (one database = one store, so fixed keys suffice).
 * <ul>
 *   <li>{@link #WRITE}, transaction-scoped: held by a writer from the first near-duplicate lookup or insert of a
 *       batch to its commit. Batches of concurrent writers are therefore serialised: sequence numbers are drawn
 *       inside the lock, so they commit in ascending order (story linking can keep resuming "after the last
 *       linked seq"), and each batch's near-duplicate decisions see every document committed before it.
 *       Reading, identity checks and analysis stay parallel.</li>
 *   <li>{@link #LINKER}, session-scoped: the one writer that links stories and event coreference (its clusterer
 *       lives in memory and cannot be shared); when it goes, the next writer to flush takes over, replaying the
 *       stored assignments first.</li>
 *   <li>{@link #MIGRATION}, session-scoped, while the schema is brought up to date.</li>
 * </ul>
 */
public final class AdvisoryLocks {
    /** "kroniek" in ASCII, then a small number per lock. */
    private static final long BASE = 0x6B726F6E69656BL << 8;
    public static final long WRITE = BASE + 1;
    public static final long LINKER = BASE + 2;
    public static final long MIGRATION = BASE + 3;

    private AdvisoryLocks() {
    }
}
