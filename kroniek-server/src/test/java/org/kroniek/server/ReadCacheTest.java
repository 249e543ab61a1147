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
    void aFullCacheStartsOver() {
        AtomicInteger computed = new AtomicInteger();
        ReadCache<Integer, Integer> cache = new ReadCache<>(() -> 0, 3);
        for (int key = 0; key < 4; key++) {
            int k = key;
            cache.get(k, () -> Optional.of(k + 100 * computed.incrementAndGet()));
        }
        assertThat(computed).hasValue(4);
        cache.get(3, () -> Optional.of(computed.incrementAndGet()));
        assertThat(computed).as("the newest entry survives the clearing").hasValue(4);
        cache.get(0, () -> Optional.of(computed.incrementAndGet()));
        assertThat(computed).hasValue(5);
    }
}
