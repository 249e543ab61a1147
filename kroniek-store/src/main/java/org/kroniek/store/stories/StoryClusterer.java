package org.kroniek.store.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online story clustering (single pass, as documents arrive): a document joins the most similar story whose time
 * window holds it, or starts a new one. Similarity is the cosine of its TF-IDF vector with the story's centroid
 * (document frequencies grow as documents arrive, so a word common in the stream weighs less), plus a bonus for
 * the share of its actors and events the story already has. A story's window is its own span widened by
 * {@link StorySettings#windowDays()}, so it moves with the story's dates: a story that keeps being reported
 * stays open, one nobody writes about any more closes.
 *
 * <p>Memory: stories whose last document lies more than four windows before the newest document seen leave the
 * candidate lists (no document can join them by its words any more) and, given a {@link StoryArchive}, leave
 * memory too; a near-duplicate of one of their articles brings such a story back. Merges are forgotten once
 * reported. What stays is the open stories and the document frequencies (one entry per distinct term).
 */
public final class StoryClusterer {
    private final StorySettings settings;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<Long, Story> stories = new LinkedHashMap<>();
    /** term -> stories whose centroid holds it: only these can be similar by text. */
    private final Map<String, List<Story>> postings = new HashMap<>();
    private final Map<String, List<Story>> actorPostings = new HashMap<>();

    private final Map<Long, Long> mergedInto = new LinkedHashMap<>();
    private final StoryArchive archive;
    /** Documents between two prunings of the candidate lists. */
    private final int pruneEvery;
    private long documents;
    private long nextId = 1;
    private double latestTime = Double.NEGATIVE_INFINITY;
    private long addedSincePrune;
    private long prunes;

    /** A clusterer that keeps every story in memory (evaluations: a few thousand headlines). */
    public StoryClusterer(StorySettings settings) {
        this(settings, StoryArchive.NONE);
    }

    StoryClusterer(StorySettings settings, StoryArchive archive) {
        this(settings, archive, 1000);
    }

    StoryClusterer(StorySettings settings, StoryArchive archive, int pruneEvery) {
        this.settings = settings;
        this.archive = archive;
        this.pruneEvery = pruneEvery;
    }

    /** Assigns a document to a story (an existing one or a new one) and returns where it went. */
    public StoryAssignment assign(StoryItem item) {
        Map<String, Double> unit = observe(item);
        Story best = null;
        double bestScore = 0;
        Set<Story> candidates = candidates(item);
        for (Story story : candidates) {
            if (!story.inWindow(item.time(), settings.windowDays())) {
                continue;
            }
            double score = similarity(story, item, unit);
            if (score > bestScore || (score == bestScore && best != null && story.id() < best.id())) {
                best = story;
                bestScore = score;
            }
        }
        if (best == null || bestScore < settings.thresholdFor(item)) {
            Story story = add(newStory(), item, unit);
            return new StoryAssignment(item.id(), story.id(), 1.0, true);
        }
        long prunesBefore = prunes;
        add(best, item, unit);
        // Adding to the best story changes no one else's postings, so the candidates are the same, unless the
        // postings were just pruned.
        Story kept = mergeFragments(best, prunes == prunesBefore ? candidates : candidates(item));
        return new StoryAssignment(item.id(), kept.id(), bestScore, false);
    }

    /** Starts a new story with the document, whatever the existing ones: a story chosen upstream (a keyed job). */
    public StoryAssignment start(StoryItem item) {
        Story story = add(newStory(), item, observe(item));
        return new StoryAssignment(item.id(), story.id(), 1.0, true);
    }

    /** Puts a document into a given story: a near-duplicate joins its original's, a replay restores what was stored. */
    public StoryAssignment join(StoryItem item, long storyId) {
        Map<String, Double> unit = observe(item);
        Story story = stories.get(storyId);
        if (story == null) {
            story = archive.take(storyId);
            if (story != null) {
                stories.put(storyId, story);
            }
        }
        boolean started = story == null;
        if (started) {
            story = new Story(storyId);
            stories.put(storyId, story);
            nextId = Math.max(nextId, storyId + 1);
        }
        double score = started ? 1.0 : similarity(story, item, unit);
        add(story, item, unit);
        return new StoryAssignment(item.id(), storyId, score, started);
    }

    /**
     * A single pass splits a story when its first documents happen to use different words; once a story has
     * grown, a fragment whose centroid is close to it is folded in (the older story keeps its id). Returns the
     * story that now holds the document.
     */
    private Story mergeFragments(Story story, Set<Story> candidates) {
        Story holder = story;
        for (Story other : candidates) {
            if (other == holder || !stories.containsKey(other.id())
                    || !other.inWindow(holder.lastTime(), settings.windowDays())) {
                continue;
            }
            if (holder.cosineWith(other) >= settings.mergeThreshold()) {
                Story keep = other.id() < holder.id() ? other : holder;
                Story gone = keep == other ? holder : other;
                keep.absorb(gone);
                stories.remove(gone.id());
                mergedInto.put(gone.id(), keep.id());
                for (String term : gone.terms()) {
                    List<Story> list = postings.get(term);
                    if (list != null) {
                        list.remove(gone);
                        if (!list.contains(keep)) {
                            list.add(keep);
                        }
                    }
                }
                for (String actor : gone.actorKeys()) {
                    List<Story> list = actorPostings.get(actor);
                    if (list != null) {
                        list.remove(gone);
                        if (!list.contains(keep)) {
                            list.add(keep);
                        }
                    }
                }
                holder = keep;
            }
        }
        return holder;
    }

    /** The story a (possibly since merged) story id now belongs to. */
    public long resolve(long storyId) {
        long id = storyId;
        Long next;
        while ((next = mergedInto.get(id)) != null) {
            id = next;
        }
        return id;
    }

    /**
     * Merges since the last call, as (merged story id, story it went into); then forgets them (the caller moves
     * the memberships, so a story id read from the database afterwards is already the surviving one).
     */
    public Map<Long, Long> drainMerges() {
        Map<Long, Long> merges = new LinkedHashMap<>();
        for (Long gone : mergedInto.keySet()) {
            merges.put(gone, resolve(gone));
        }
        mergedInto.clear();
        return merges;
    }

    double similarity(Story story, StoryItem item, Map<String, Double> unit) {
        return story.cosine(unit) + settings.actorWeight() * story.actorShare(item.actors())
                + settings.eventWeight() * story.eventShare(item.events());
    }


    /** A story by id, open or archived (an archived one is read, not brought back). */
    public Story story(long id) {
        Story story = stories.get(id);
        return story != null ? story : archive.peek(id);
    }

    /** The stories in memory (with an archive: the open ones). */
    public Collection<Story> stories() {
        return stories.values();
    }

    /** Counts the document's terms into the document frequencies and returns its unit TF-IDF vector. */
    private Map<String, Double> observe(StoryItem item) {
        documents++;
        item.terms().keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        Map<String, Double> vector = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> term : item.terms().entrySet()) {
            double idf = Math.log((documents + 1.0) / (documentFrequency.get(term.getKey()) + 1.0)) + 1.0;
            double weight = (1 + Math.log(term.getValue())) * idf;
            vector.put(term.getKey(), weight);
            norm += weight * weight;
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            vector.replaceAll((t, w) -> w / length);
        }
        return vector;
    }

    /** In id order, so that assignment and merging do not depend on hash order: reruns give the same stories. */
    private Set<Story> candidates(StoryItem item) {
        Set<Story> found = new java.util.TreeSet<>(java.util.Comparator.comparingLong(Story::id));
        for (String term : item.terms().keySet()) {
            found.addAll(postings.getOrDefault(term, List.of()));
        }
        for (String actor : item.actors()) {
            found.addAll(actorPostings.getOrDefault(actor, List.of()));
        }
        return found;
    }

    private Story newStory() {
        Story story = new Story(nextId++);
        stories.put(story.id(), story);
        return story;
    }

    private Story add(Story story, StoryItem item, Map<String, Double> unit) {
        for (String term : unit.keySet()) {
            if (!story.hasTerm(term)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(story);
            }
        }
        story.add(item, unit);
        for (String actor : item.actors()) {
            List<Story> list = actorPostings.computeIfAbsent(actor, a -> new ArrayList<>());
            if (!list.contains(story)) {
                list.add(story);
            }
        }
        latestTime = Math.max(latestTime, item.time());
        if (++addedSincePrune >= pruneEvery) {
            prune();
        }
        return story;
    }

    /** Forgets postings of stories whose window closed long ago, so candidate lists stay short in a long stream. */
    private void prune() {
        addedSincePrune = 0;
        prunes++;
        double horizon = latestTime - 4 * settings.windowDays();
        postings.values().forEach(list -> list.removeIf(s -> s.lastTime() < horizon));
        actorPostings.values().forEach(list -> list.removeIf(s -> s.lastTime() < horizon));
        postings.values().removeIf(List::isEmpty);
        actorPostings.values().removeIf(List::isEmpty);
        if (archive != StoryArchive.NONE) {
            // Now in no candidate list, so only a near-duplicate (join by id) can reach them again.
            List<Story> closed = stories.values().stream().filter(s -> s.lastTime() < horizon).toList();
            if (!closed.isEmpty()) {
                archive.put(closed);
                closed.forEach(s -> stories.remove(s.id()));
            }
        }
    }
}
