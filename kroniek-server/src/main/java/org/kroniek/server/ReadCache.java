package org.kroniek.server;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers of costly reads (a story's timeline decodes the sentences of every member document) kept until the
 * store changes: each answer remembers the store version it was computed at ({@link ReaderPool#version()}) and
 * is recomputed once that moved. Bounded: when full it starts over, which for the few hot stories a newsroom
 * looks at costs nothing.
 */
public final class ReadCache<K, V> {
    private record Entry<V>(long version, Optional<V> value) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final LongSupplier version;
    private final int capacity;

    public ReadCache(LongSupplier version, int capacity) {
        this.version = version;
        this.capacity = capacity;
    }

    /** The cached answer when the store has not changed since, else a fresh one (also cached when absent). */
    public Optional<V> get(K key, Supplier<Optional<V>> compute) {
        // The version is read before computing: an answer computed across a change is stored as already old.
        long now = version.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.version() == now) {
            return entry.value();
        }
        Optional<V> value = compute.get();
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, new Entry<>(now, value));
        return value;
    }
}
