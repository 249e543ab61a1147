package org.kroniek.nlp.pos;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo from a string key to a value computed from it. When full it starts over rather
 * than refusing new keys, so a long-running process keeps serving its current vocabulary from the cache; the
 * frequent forms come back within a few sentences.
 */
final class WordCache<V> {
    private final int limit;
    private final Function<String, V> compute;
    private volatile ConcurrentHashMap<String, V> map;

    WordCache(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
        this.map = new ConcurrentHashMap<>(1 << 12);
    }

    V get(String key) {
        ConcurrentHashMap<String, V> current = map;
        V value = current.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        if (current.size() >= limit) {
            current = new ConcurrentHashMap<>(1 << 12);
            map = current;
        }
        V raced = current.putIfAbsent(key, value);
        return raced != null ? raced : value;
    }

    int size() {
        return map.size();
    }
}
