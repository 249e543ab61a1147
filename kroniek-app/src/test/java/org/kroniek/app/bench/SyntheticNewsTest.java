package org.kroniek.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;

class SyntheticNewsTest {
    private static List<Document> samples;

    @BeforeAll
    static void read() {
        samples = BenchCorpus.read(Path.of(System.getProperty("kroniek.root", "..")).resolve("samples"));
    }

    private static List<SyntheticNews.Article> generate(int n, long seed) {
        SyntheticNews news = new SyntheticNews(samples, n, seed);
        return IntStream.range(0, n).mapToObj(i -> news.next()).toList();
    }

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        assertThat(generate(300, 7)).isEqualTo(generate(300, 7));
        assertThat(generate(300, 8)).isNotEqualTo(generate(300, 7));
    }

    @Test
    void articlesVaryButTopicsRecur() {
        List<SyntheticNews.Article> articles = generate(2000, 7);
        Set<String> texts = new HashSet<>();
        Map<String, Integer> perDay = new HashMap<>();
        for (SyntheticNews.Article a : articles) {
            texts.add(a.text());
            perDay.merge(a.date(), 1, Integer::sum);
            assertThat(a.text()).isNotBlank();
            assertThat(a.title()).isNotBlank();
            assertThat(a.language()).isIn("nl", "en");
        }
        // Exact republications are a few percent; everything else is a text of its own.
        assertThat(texts.size()).isBetween(1800, 1990);
        assertThat(articles).extracting(SyntheticNews.Article::id).doesNotHaveDuplicates();
        assertThat(articles).extracting(SyntheticNews.Article::publisher).containsAll(List.of("De Dagkrant", "Euro Courier"));
        assertThat(articles).extracting(SyntheticNews.Article::language).contains("nl", "en");
        // Dates spread over the calendar, about PER_DAY a day.
        assertThat(perDay.size()).isGreaterThan(40);
        // Texts recombine one seed's sentences (some with a word left out): their words are that seed's words.
        List<Set<String>> seedWords = samples.stream().map(d -> words(d.getText())).toList();
        assertThat(articles).allSatisfy(a -> {
            Set<String> used = words(a.text());
            used.remove("Bijgewerkt");
            used.remove("");
            assertThat(seedWords).anySatisfy(seed -> assertThat(seed).containsAll(used));
        });
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(text.split("[^\\p{L}\\p{N}]+")));
    }
}
