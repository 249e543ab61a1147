package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    @Test
    void oneTaggerServesManyThreadsWithTheSameResults() throws Exception {
        NerTagger tagger = NerTagger.dutch();
        assertThat(NerTagger.dutch()).isSameAs(tagger);
        String[] words = "Volgens Vladimir Poetin ligt Aleppo in Syrië .".split(" ");
        String[] expected = tagger.tag(words).labelNames();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> tagger.tag(words).labelNames()));
            }
            for (Future<String[]> f : results) {
                assertThat(f.get()).containsExactly(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
