package org.kroniek.store.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering against a reference (Bagga and Baldwin 1998; Amigó et al. 2009):
 * for each item, precision is the share of its system cluster that shares its reference cluster, recall the
 * share of its reference cluster that shares its system cluster; both are averaged over items.
 */
public record BCubed(double precision, double recall, int items, int goldClusters, int systemClusters) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code gold.get(i)} and {@code system.get(i)} are the cluster labels of item i. */
    public static <G, S> BCubed of(List<G> gold, List<S> system) {
        if (gold.size() != system.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " items, system " + system.size());
        }
        Map<G, Integer> goldSize = new HashMap<>();
        Map<S, Integer> systemSize = new HashMap<>();
        Map<Map.Entry<G, S>, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            systemSize.merge(system.get(i), 1, Integer::sum);
            both.merge(Map.entry(gold.get(i), system.get(i)), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < gold.size(); i++) {
            int shared = both.get(Map.entry(gold.get(i), system.get(i)));
            precision += (double) shared / systemSize.get(system.get(i));
            recall += (double) shared / goldSize.get(gold.get(i));
        }
        int n = gold.size();
        return new BCubed(n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, n, goldSize.size(), systemSize.size());
    }
}
