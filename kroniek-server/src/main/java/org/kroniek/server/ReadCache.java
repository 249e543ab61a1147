package org.kroniek.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers of costly reads (a story's timeline, a search page) kept until the store changes: each answer remembers
 * the store version it was computed at ({@link ReaderPool#version()}) and is recomputed once that moved. Bounded
 * (Caffeine, least recently and frequently used answers go first), so a stream of distinct queries cannot grow it;
 * a capacity of 0 turns caching off.
 */
public final class ReadCache<K, V> {
    private record Entry<V>(long version, Optional<V> value) {
    }

    private final Cache<K, Entry<V>> entries;
    private final LongSupplier version;
    private final boolean enabled;

    public ReadCache(LongSupplier version, int capacity) {
        this.version = version;
        this.enabled = capacity > 0;
        this.entries = Caffeine.newBuilder().maximumSize(Math.max(capacity, 1)).executor(Runnable::run).build();
    }

    /** The cached answer when the store has not changed since, else a fresh one (also cached when absent). */
    public Optional<V> get(K key, Supplier<Optional<V>> compute) {
        if (!enabled) {
            return compute.get();
        }
        // The version is read before computing: an answer computed across a change is stored as already old.
        long now = version.getAsLong();
        Entry<V> entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == now) {
            return entry.value();
        }
        Optional<V> value = compute.get();
        entries.put(key, new Entry<>(now, value));
        return value;
    }

    /** Answers held now (after pending evictions), for tests and status. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
