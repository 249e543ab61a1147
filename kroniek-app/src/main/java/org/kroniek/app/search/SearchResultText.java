package org.kroniek.app.search;

import java.io.PrintStream;
import java.util.Locale;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchResults;

/** Search results as text for a reader: one block per document, matches marked with {@code **}. */
final class SearchResultText {
    private final PrintStream out;

    SearchResultText(PrintStream out) {
        this.out = out;
    }

    void print(String query, SearchResults results) {
        String what = query == null || query.isBlank() ? "" : " for '" + query + "'";
        out.printf(Locale.ROOT, "%s%,d document%s%s (%.1f ms)%n", results.totalExact() ? "" : "at least ",
                results.total(), results.total() == 1 ? "" : "s", what, results.milliseconds());
        int rank = 0;
        for (SearchHit hit : results.hits()) {
            out.println();
            StringBuilder head = new StringBuilder();
            head.append(String.format(Locale.ROOT, "%2d. ", ++rank));
            head.append(hit.dct() == null ? "(no date)" : hit.dct()).append("  ").append(hit.language());
            if (hit.publisher() != null) {
                head.append("  ").append(hit.publisher());
            }
            head.append("  ").append(hit.id()).append("  #").append(hit.sequence());
            if (hit.duplicates() > 0) {
                head.append(String.format(Locale.ROOT, "  (+%d near-duplicate%s)", hit.duplicates(),
                        hit.duplicates() == 1 ? "" : "s"));
            }
            if (hit.duplicateOf() != null) {
                head.append("  (near-duplicate of #").append(hit.duplicateOf()).append(')');
            }
            out.println(head);
            if (hit.headline() != null && !hit.headline().isBlank()) {
                out.println("    " + hit.headline());
            }
            for (String snippet : hit.snippets()) {
                out.println("    … " + snippet);
            }
            if (hit.source() != null) {
                out.println("    " + hit.source());
            }
        }
        if (results.hits().size() < results.total()) {
            out.printf(Locale.ROOT, "%n(showing %d; use --limit to see more)%n", results.hits().size());
        }
    }
}
