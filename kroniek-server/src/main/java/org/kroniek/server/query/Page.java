package org.kroniek.server.query;

import java.util.List;

/**
 * One page of a longer list: {@code total} items exist, {@code items} starts at {@code offset}. The shape every
 * list endpoint returns.
 */
public record Page<T>(long total, int offset, int limit, List<T> items) {
    public static <T> Page<T> empty(int offset, int limit) {
        return new Page<>(0, offset, limit, List.of());
    }
}
