package org.kroniek.store.search;

import java.util.List;

/**
 * @param total      how many documents match
 * @param totalExact false when {@code total} is a lower bound (Lucene stops counting past 1,000)
 */
public record SearchResults(long total, boolean totalExact, List<SearchHit> hits, double milliseconds) {
}
