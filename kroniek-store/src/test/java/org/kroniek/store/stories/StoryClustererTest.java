package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private final StoryTerms terms = new StoryTerms();
    private long next;

    private StoryItem item(double day, String language, String headline, Set<String> actors) {
        return new StoryItem(next++, day, headline, terms.count(headline, language), actors, Set.of());
    }

    @Test
    void headlinesAboutOneEventShareAStoryAndOthersStartTheirOwn() {
        StoryClusterer clusterer = new StoryClusterer(StorySettings.defaults());
        long strike = clusterer.assign(item(100, "nl", "Havenstaking Rotterdam: vakbonden leggen containerterminals plat", Set.of())).storyId();
        long election = clusterer.assign(item(100.2, "nl", "Gemeenteraadsverkiezingen: opkomst in Utrecht historisch laag", Set.of())).storyId();
        StoryAssignment more = clusterer.assign(item(100.5, "nl", "Staking in de Rotterdamse haven duurt voort, terminals plat", Set.of()));
        StoryAssignment turnout = clusterer.assign(item(101, "nl", "Lage opkomst bij verkiezingen in Utrecht verklaard", Set.of()));

        assertThat(election).isNotEqualTo(strike);
        assertThat(more.storyId()).isEqualTo(strike);
        assertThat(more.started()).isFalse();
        assertThat(turnout.storyId()).isEqualTo(election);
        assertThat(clusterer.story(strike).members()).hasSize(2);
    }

    @Test
    void aStoryClosesWhenNobodyReportsItWithinTheWindowAndStaysOpenWhileTheyDo() {
        StoryClusterer clusterer = new StoryClusterer(StorySettings.defaults().withWindowDays(3));
        long strike = clusterer.assign(item(100, "nl", "Havenstaking Rotterdam: terminals plat", Set.of())).storyId();
        // Each report within three days of the last keeps the window moving.
        assertThat(clusterer.assign(item(102.5, "nl", "Havenstaking Rotterdam houdt aan, terminals plat", Set.of())).storyId()).isEqualTo(strike);
        assertThat(clusterer.assign(item(105, "nl", "Havenstaking Rotterdam: terminals nog steeds plat", Set.of())).storyId()).isEqualTo(strike);
        // Weeks later the same words make a new story (a new strike).
        assertThat(clusterer.assign(item(140, "nl", "Havenstaking Rotterdam: terminals opnieuw plat", Set.of())).storyId()).isNotEqualTo(strike);
    }

    @Test
    void sharedActorsTipADocumentThatSharesFewWords() {
        StorySettings settings = StorySettings.defaults();
        StoryClusterer with = new StoryClusterer(settings);
        long talks = with.assign(item(10, "en", "Astana talks on Syria planned by Russia and Turkey", Set.of("russia", "turkey", "syria"))).storyId();
        with.assign(item(10.1, "en", "Oil prices fall in Asian trading", Set.of()));
        StoryAssignment lavrov = with.assign(item(10.2, "en", "Lavrov: ceasefire must hold before negotiations", Set.of("russia", "syria", "turkey")));
        assertThat(lavrov.storyId()).isEqualTo(talks);
    }

    @Test
    void aDocumentJoinedToAStoryStaysThereAndTheTitleIsTheMostCentralHeadline() {
        StoryClusterer clusterer = new StoryClusterer(StorySettings.defaults());
        long s = clusterer.assign(item(1, "en", "Fed official says weak data caused by weather", Set.of())).storyId();
        clusterer.assign(item(1.1, "en", "Fed's Plosser: weak data caused by weather, taper on track", Set.of()));
        clusterer.assign(item(1.2, "en", "Plosser says weather caused weak data", Set.of()));
        clusterer.join(item(1.3, "en", "Completely different words here", Set.of()), s);
        assertThat(clusterer.story(s).size()).isEqualTo(4);
        assertThat(clusterer.story(s).title()).containsIgnoringCase("weather");
        assertThat(clusterer.story(s).topTerms(5)).anyMatch(t -> t.contains("weather"));
    }
}
