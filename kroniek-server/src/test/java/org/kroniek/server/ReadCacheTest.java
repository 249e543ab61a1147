package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadCacheTest {
    @Test
    void answersAreReusedUntilTheVersionMoves() {
        AtomicLong version = new AtomicLong();
        AtomicInteger computed = new AtomicInteger();
        ReadCache<Long, String> cache = new ReadCache<>(version::get, 10);
        assertThat(cache.get(7L, () -> Optional.of("v" + computed.incrementAndGet()))).contains("v1");
        assertThat(cache.get(7L, () -> Optional.of("v" + computed.incrementAndGet()))).contains("v1");
        assertThat(cache.get(8L, () -> Optional.empty())).isEmpty();
        version.incrementAndGet();
        assertThat(cache.get(7L, () -> Optional.of("v" + computed.incrementAndGet()))).contains("v2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void theCacheStaysWithinItsCapacity() {
        AtomicInteger computed = new AtomicInteger();
        ReadCache<Integer, Integer> cache = new ReadCache<>(() -> 0, 3);
        for (int key = 0; key < 100; key++) {
            int k = key;
            cache.get(k, () -> Optional.of(k + 1000 * computed.incrementAndGet()));
        }
        assertThat(computed).hasValue(100);
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void capacityZeroComputesEveryTime() {
        AtomicInteger computed = new AtomicInteger();
        ReadCache<Integer, Integer> cache = new ReadCache<>(() -> 0, 0);
        cache.get(1, () -> Optional.of(computed.incrementAndGet()));
        cache.get(1, () -> Optional.of(computed.incrementAndGet()));
        assertThat(computed).hasValue(2);
    }
}
