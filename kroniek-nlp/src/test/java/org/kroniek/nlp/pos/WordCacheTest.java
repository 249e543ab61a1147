package org.kroniek.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordCacheTest {
    @Test
    void computesEachKeyOnceWhileThereIsRoom() {
        AtomicInteger calls = new AtomicInteger();
        WordCache<String> cache = new WordCache<>(10, k -> {
            calls.incrementAndGet();
            return k.toUpperCase();
        });
        assertThat(cache.get("kat")).isEqualTo("KAT");
        assertThat(cache.get("kat")).isEqualTo("KAT");
        assertThat(calls).hasValue(1);
    }

    @Test
    void startsOverWhenFullInsteadOfRefusingNewKeys() {
        WordCache<String> cache = new WordCache<>(3, k -> k + "!");
        for (String k : new String[] {"a", "b", "c", "d"}) {
            assertThat(cache.get(k)).isEqualTo(k + "!");
        }
        assertThat(cache.size()).isEqualTo(1); // "d" went into a fresh map
        assertThat(cache.get("a")).isEqualTo("a!");
        assertThat(cache.size()).isEqualTo(2);
    }
}
