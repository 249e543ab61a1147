package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Closed stories leave memory and come back exactly: the same assignments, scores and story rows as without. */
class StoryArchiveTest {
    private static final String[][] TOPICS = {
            {"havenstaking", "rotterdam", "terminals", "vakbonden", "containers"},
            {"verkiezingen", "utrecht", "opkomst", "stembureaus", "kandidaten"},
            {"onderhandelingen", "astana", "rusland", "turkije", "bestand"},
            {"overstroming", "limburg", "dijken", "evacuatie", "regen"},
            {"begroting", "kabinet", "miljard", "bezuinigingen", "koopkracht"},
            {"transfer", "ajax", "spits", "miljoen", "contract"},
    };
    private static final String[] FILLER = {"dinsdag", "gisteren", "volgens", "bronnen", "nieuwe", "grote", "stad",
            "mensen", "week", "later", "eerder", "regio", "zaak", "plan"};

    /** An archive in memory, as bytes, so that every story put comes back through the real encoding. */
    private static final class BytesArchive implements StoryArchive {
        final Map<Long, byte[]> stored = new HashMap<>();
        int puts;
        int takes;

        @Override
        public void put(Collection<Story> stories) {
            stories.forEach(s -> stored.put(s.id(), StoryState.write(s)));
            puts += stories.size();
        }

        @Override
        public Story take(long storyId) {
            byte[] data = stored.remove(storyId);
            takes += data == null ? 0 : 1;
            return data == null ? null : StoryState.read(data);
        }

        @Override
        public Story peek(long storyId) {
            byte[] data = stored.get(storyId);
            return data == null ? null : StoryState.read(data);
        }
    }

    /** What a linker would record: per item its assignment, with merges applied as the database would. */
    private static List<String> run(StoryClusterer clusterer, List<StoryItem> items, Map<Long, Long> duplicateOf) {
        Map<Long, Long> storyOf = new HashMap<>();
        List<String> trace = new ArrayList<>();
        for (StoryItem item : items) {
            Long original = duplicateOf.get(item.id());
            StoryAssignment a = original != null ? clusterer.join(item, storyOf.get(original)) : clusterer.assign(item);
            for (Map.Entry<Long, Long> merge : clusterer.drainMerges().entrySet()) {
                storyOf.replaceAll((doc, story) -> story.equals(merge.getKey()) ? merge.getValue() : story);
                trace.add("merge " + merge.getKey() + ">" + merge.getValue());
            }
            storyOf.put(item.id(), a.storyId());
            Story story = clusterer.story(a.storyId());
            trace.add(item.id() + ":" + a.storyId() + ":" + a.score() + ":" + story.size() + ":" + story.title() + ":"
                    + story.topTerms(10) + ":" + story.mainActors(8) + ":" + story.firstTime() + ":" + story.lastTime());
        }
        for (long id : new java.util.TreeSet<>(storyOf.values())) {
            Story story = clusterer.story(id);
            trace.add("story " + id + ":" + story.members() + ":" + story.title() + ":" + story.topTerms(10));
        }
        return trace;
    }

    /**
     * 600 headlines over 120 days, topics taking turns, a near-duplicate of an article some 60 days old every 20
     * items, and a few late articles dated weeks back.
     */
    private static List<StoryItem> corpus(Map<Long, Long> duplicateOf) {
        StoryTerms terms = new StoryTerms();
        Random random = new Random(7);
        List<StoryItem> items = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            double day = i / 5.0 + random.nextDouble() * 0.1;
            String headline;
            if (i >= 300 && i % 20 == 0) {
                int original = i - 300 + random.nextInt(10);
                duplicateOf.put((long) i, (long) original);
                headline = headlines.get(original);
            } else {
                String[] topic = TOPICS[(i / 40 + random.nextInt(2)) % TOPICS.length];
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    b.append(random.nextInt(4) == 0 ? FILLER[random.nextInt(FILLER.length)] : topic[random.nextInt(topic.length)])
                            .append(' ');
                }
                headline = b.append(i % 3 == 0 ? "editie " + (i / 30) : "").toString().strip();
            }
            if (i % 97 == 50) {
                day -= 20; // a late article
            }
            headlines.add(headline);
            Set<String> actors = random.nextBoolean() ? Set.of("actor" + (i / 40 % 5)) : Set.of();
            items.add(new StoryItem(i, day, headline, terms.count(headline, "nl"), actors,
                    random.nextBoolean() ? Set.of("CONSULT|A|B") : Set.of()));
        }
        return items;
    }

    @Test
    void archivedStoriesComeBackExactlyAndResultsDoNotChange() {
        Map<Long, Long> duplicateOf = new HashMap<>();
        List<StoryItem> items = corpus(duplicateOf);
        StorySettings settings = StorySettings.defaults().withWindowDays(2);

        List<String> inMemory = run(new StoryClusterer(settings, StoryArchive.NONE, 50), items, duplicateOf);
        BytesArchive archive = new BytesArchive();
        StoryClusterer bounded = new StoryClusterer(settings, archive, 50);
        List<String> archived = run(bounded, items, duplicateOf);

        assertThat(archived).containsExactlyElementsOf(inMemory);
        String counts = "archived " + archive.puts + ", brought back " + archive.takes + ", in memory "
                + bounded.stories().size() + ", in the archive " + archive.stored.size();
        assertThat(archive.puts).as(counts).isGreaterThanOrEqualTo(10);
        assertThat(archive.takes).as(counts).isGreaterThanOrEqualTo(2);
        assertThat(bounded.stories().size()).as(counts).isLessThan(archive.stored.size());
    }

    @Test
    void aStoryStateRoundTripsBitForBit() {
        Map<Long, Long> none = new HashMap<>();
        StoryClusterer clusterer = new StoryClusterer(StorySettings.defaults());
        for (StoryItem item : corpus(none).subList(0, 60)) {
            clusterer.assign(item);
        }
        for (Story story : clusterer.stories()) {
            Story back = StoryState.read(StoryState.write(story));
            assertThat(back.id()).isEqualTo(story.id());
            assertThat(back.squaredNorm).isEqualTo(story.squaredNorm);
            assertThat(new ArrayList<>(back.centroid.entrySet())).containsExactlyElementsOf(story.centroid.entrySet());
            assertThat(back.titleVectors).hasSameSizeAs(story.titleVectors);
            for (int i = 0; i < back.titleVectors.size(); i++) {
                assertThat(new ArrayList<>(back.titleVectors.get(i).entrySet()))
                        .containsExactlyElementsOf(story.titleVectors.get(i).entrySet());
            }
            assertThat(back.titles).isEqualTo(story.titles);
            assertThat(back.actors).isEqualTo(story.actors);
            assertThat(back.events).isEqualTo(story.events);
            assertThat(back.members()).isEqualTo(story.members());
            assertThat(back.title()).isEqualTo(story.title());
            assertThat(back.topTerms(10)).isEqualTo(story.topTerms(10));
        }
    }
}
