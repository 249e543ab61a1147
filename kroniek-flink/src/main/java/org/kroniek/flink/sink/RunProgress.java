package org.kroniek.flink.sink;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.kroniek.core.DocumentError;
import org.kroniek.store.ingest.IngestOutcome;

/**
 * What the writer has done so far, for a command that runs the job on an embedded MiniCluster in its own JVM
 * (progress line, failure messages, summary). On a real cluster the writer runs elsewhere and logs instead.
 */
public final class RunProgress {
    private static final Map<String, RunProgress> RUNS = new ConcurrentHashMap<>();
    /** Failures kept for a command to print; on a cluster nobody reads them, so they must not pile up. */
    private static final int MAX_UNREPORTED_FAILURES = 10_000;

    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final Queue<DocumentError> failures = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger unreported = new java.util.concurrent.atomic.AtomicInteger();
    private final AtomicLong restores = new AtomicLong();
    private volatile long restoredAt = -1;

    /** The progress of the run with this key, created on first use. */
    public static RunProgress of(String key) {
        return RUNS.computeIfAbsent(key, k -> new RunProgress());
    }

    public static void forget(String key) {
        RUNS.remove(key);
    }

    void stored(IngestOutcome outcome, int documentTokens) {
        switch (outcome) {
            case NEW -> stored.incrementAndGet();
            case DUPLICATE -> {
                stored.incrementAndGet();
                duplicates.incrementAndGet();
            }
            case UNCHANGED -> unchanged.incrementAndGet();
        }
        tokens.addAndGet(documentTokens);
    }

    void failed(DocumentError error) {
        failed.incrementAndGet();
        if (unreported.incrementAndGet() <= MAX_UNREPORTED_FAILURES) {
            failures.add(error);
        } else {
            unreported.decrementAndGet();
        }
    }

    void restored(long nextInput) {
        restores.incrementAndGet();
        restoredAt = nextInput;
    }

    /** How often the writer was restored from a checkpoint after a failure. */
    public long restores() {
        return restores.get();
    }

    /** The input number the last restored checkpoint resumed at, or -1. */
    public long restoredAt() {
        return restoredAt;
    }

    /** Documents newly stored, near-duplicates among them included. */
    public long stored() {
        return stored.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long unchanged() {
        return unchanged.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Tokens of the documents written (stored or already there). */
    public long tokens() {
        return tokens.get();
    }

    /** Every input the writer has dealt with. */
    public long processed() {
        return stored.get() + unchanged.get() + failed.get();
    }

    /** The next failure not yet reported, or null. */
    public DocumentError nextFailure() {
        DocumentError next = failures.poll();
        if (next != null) {
            unreported.decrementAndGet();
        }
        return next;
    }
}
