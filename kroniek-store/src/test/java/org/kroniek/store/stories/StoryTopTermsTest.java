package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryTopTermsTest {
    @Test
    void topTermsAreTheHeaviestInOrderWithTiesByTerm() {
        Random random = new Random(3);
        Story story = new Story(1);
        Map<String, Double> sum = new HashMap<>();
        for (int doc = 0; doc < 30; doc++) {
            Map<String, Double> unit = new HashMap<>();
            for (int t = 0; t < 40; t++) {
                // Few distinct weights, so that ties occur and must be broken by the term.
                unit.put("term" + random.nextInt(200), (1 + random.nextInt(4)) / 10.0);
            }
            story.add(new StoryItem(doc, 20_000 + doc, "title " + doc, Map.of(), Set.of(), Set.of()), unit);
            unit.forEach((term, w) -> sum.merge(term, w, Double::sum));
        }
        List<String> expected = sum.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        assertThat(story.topTerms(10)).containsExactlyElementsOf(expected.subList(0, 10));
        assertThat(story.topTerms(1)).containsExactly(expected.get(0));
        assertThat(story.topTerms(1000)).containsExactlyElementsOf(expected);
        assertThat(story.topTerms(0)).isEmpty();
    }
}
