package org.kroniek.store.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * One story as the clusterer grows it: the sum of its members' unit TF-IDF vectors (its centroid, with the
 * squared norm kept up to date so a cosine costs only the new document's terms), its actors and events with
 * counts, and its time span.
 */
public final class Story {
    /** Headlines kept to choose the most central one as the title; the first ones say what the story is. */
    private static final int TITLE_CANDIDATES = 40;

    private final long id;
    // Package-private so that StoryState can write a closed story out and read it back exactly.
    final Map<String, Double> centroid = new HashMap<>();
    double squaredNorm;
    final Map<String, Integer> actors = new HashMap<>();
    final Map<String, Integer> events = new HashMap<>();
    final List<Long> members = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    final List<Map<String, Double>> titleVectors = new ArrayList<>();
    double firstTime = Double.POSITIVE_INFINITY;
    double lastTime = Double.NEGATIVE_INFINITY;

    Story(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }

    boolean hasTerm(String term) {
        return centroid.containsKey(term);
    }

    /** Cosine of a unit vector with the centroid. */
    double cosine(Map<String, Double> unit) {
        if (squaredNorm == 0) {
            return 0;
        }
        return dot(unit) / Math.sqrt(squaredNorm);
    }

    private double dot(Map<String, Double> unit) {
        double dot = 0;
        for (Map.Entry<String, Double> term : unit.entrySet()) {
            Double c = centroid.get(term.getKey());
            if (c != null) {
                dot += c * term.getValue();
            }
        }
        return dot;
    }

    /** Cosine of the two centroids. */
    double cosineWith(Story other) {
        Story small = centroid.size() <= other.centroid.size() ? this : other;
        Story large = small == this ? other : this;
        double dot = 0;
        for (Map.Entry<String, Double> term : small.centroid.entrySet()) {
            Double c = large.centroid.get(term.getKey());
            if (c != null) {
                dot += c * term.getValue();
            }
        }
        return squaredNorm == 0 || other.squaredNorm == 0 ? 0 : dot / Math.sqrt(squaredNorm * other.squaredNorm);
    }

    /** Takes in all of another story (two fragments of one story found to be one). */
    void absorb(Story other) {
        squaredNorm += other.squaredNorm + 2 * cosineWith(other) * Math.sqrt(squaredNorm * other.squaredNorm);
        other.centroid.forEach((t, w) -> centroid.merge(t, w, Double::sum));
        other.actors.forEach((a, n) -> actors.merge(a, n, Integer::sum));
        other.events.forEach((e, n) -> events.merge(e, n, Integer::sum));
        members.addAll(other.members);
        for (int i = 0; i < other.titles.size() && titles.size() < TITLE_CANDIDATES; i++) {
            titles.add(other.titles.get(i));
            titleVectors.add(other.titleVectors.get(i));
        }
        firstTime = Math.min(firstTime, other.firstTime);
        lastTime = Math.max(lastTime, other.lastTime);
    }

    Iterable<String> terms() {
        return centroid.keySet();
    }

    Iterable<String> actorKeys() {
        return actors.keySet();
    }

    /** The share of these keys the story already holds (0 when there are none to compare). */
    double actorShare(Set<String> keys) {
        return share(actors, keys);
    }

    double eventShare(Set<String> keys) {
        return share(events, keys);
    }

    private static double share(Map<String, Integer> held, Set<String> keys) {
        if (keys.isEmpty() || held.isEmpty()) {
            return 0;
        }
        long shared = keys.stream().filter(held::containsKey).count();
        return (double) shared / keys.size();
    }

    boolean inWindow(double time, double windowDays) {
        return time >= firstTime - windowDays && time <= lastTime + windowDays;
    }

    void add(StoryItem item, Map<String, Double> unit) {
        squaredNorm += 2 * dot(unit) + unit.values().stream().mapToDouble(v -> v * v).sum();
        unit.forEach((term, weight) -> centroid.merge(term, weight, Double::sum));
        item.actors().forEach(a -> actors.merge(a, 1, Integer::sum));
        item.events().forEach(e -> events.merge(e, 1, Integer::sum));
        members.add(item.id());
        if (titles.size() < TITLE_CANDIDATES && item.title() != null && !item.title().isBlank()) {
            titles.add(item.title());
            titleVectors.add(unit);
        }
        firstTime = Math.min(firstTime, item.time());
        lastTime = Math.max(lastTime, item.time());
    }

    public List<Long> members() {
        return List.copyOf(members);
    }

    public int size() {
        return members.size();
    }

    public double firstTime() {
        return firstTime;
    }

    public double lastTime() {
        return lastTime;
    }

    /** The headline closest to the centroid: the one that says best what the members share. */
    public String title() {
        String best = null;
        double bestScore = -1;
        for (int i = 0; i < titles.size(); i++) {
            double score = cosine(titleVectors.get(i));
            if (score > bestScore) {
                bestScore = score;
                best = titles.get(i);
            }
        }
        return best != null ? best : String.join(" ", topTerms(5));
    }

    /** The n heaviest centroid terms, heaviest first (ties by term), chosen without sorting the whole centroid. */
    public List<String> topTerms(int n) {
        if (n <= 0) {
            return List.of();
        }
        Comparator<Map.Entry<String, Double>> order = Comparator
                .comparing((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey);
        // A bounded heap whose head is the weakest of the best n seen so far.
        PriorityQueue<Map.Entry<String, Double>> best = new PriorityQueue<>(n + 1, order.reversed());
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            if (best.size() < n) {
                best.add(Map.entry(e.getKey(), e.getValue()));
            } else if (order.compare(e, best.peek()) < 0) {
                best.poll();
                best.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        List<Map.Entry<String, Double>> top = new ArrayList<>(best);
        top.sort(order);
        return top.stream().map(Map.Entry::getKey).toList();
    }

    /** The most often named actors with their document counts, most first. */
    public Map<String, Integer> mainActors(int n) {
        Map<String, Integer> top = new java.util.LinkedHashMap<>();
        actors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

}
