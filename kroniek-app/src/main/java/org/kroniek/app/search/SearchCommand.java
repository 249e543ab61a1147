package org.kroniek.app.search;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.DctPeriod;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchRequest.SortOrder;
import org.kroniek.store.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek search}: full-text search over a store, with filters and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the documents of a store (Lucene query syntax; Dutch and English stemming).",
            "Words must all occur (AND); use OR, NOT/-, \"phrases\", wildcards (haven*) and fields:"
                + " title:, text:, publisher:, actor:, type:, language:, id:.",
            "Without QUERY, lists the documents that pass the filters.",
            "Exit status: 0 (also when nothing matches), 1 on a bad query or when the store cannot be read."})
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "What to look for, e.g. 'staking haven*'.")
    String query;

    @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after DATE"
            + " (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before DATE.")
    String to;

    @Option(names = "--language", paramLabel = "LANG", description = "Only documents in this language (nl, en).")
    String language;

    @Option(names = "--actor", paramLabel = "CODE_OR_NAME",
            description = "Only documents that mention this actor: a code (NLD, SYR:GOV) or a name.")
    String actor;

    @Option(names = "--type", paramLabel = "EVENT_TYPE", description = "Only documents with an event of this type"
            + " (e.g. CONSULT, PROTEST).")
    String eventType;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "Show at most N documents (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--all", description = "Also list near-duplicates (by default only the first copy is shown).")
    boolean includeDuplicates;

    @Option(names = "--json", description = "Write one JSON object (snippets HTML-escaped, matches in <mark>).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            System.err.println("kroniek: " + e.getMessage());
            return 1;
        }
        SearchResults results;
        try (KroniekStore kroniek = KroniekStore.openForReading(store.location())) {
            results = kroniek.search(request);
        } catch (QuerySyntaxException e) {
            System.err.println("kroniek: " + e.getMessage());
            return 1;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            out.println(DocumentJson.toLine(asJson(results)));
        } else {
            new SearchResultText(out).print(query, results);
        }
        out.flush();
        return 0;
    }

    private SearchRequest request() {
        LocalDate fromDay = from == null ? null : period(from, "--from").first();
        LocalDate toDay = to == null ? null : period(to, "--to").last();
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        SortOrder order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "newest" -> SortOrder.NEWEST;
            case "oldest" -> SortOrder.OLDEST;
            default -> throw new IllegalArgumentException("--sort '" + sort + "' is unknown; use relevance, newest"
                    + " or oldest");
        };
        SearchRequest request = SearchRequest.of(query).withDates(fromDay, toDay).withLanguage(language)
                .withActor(actor).withEventType(eventType).withDuplicates(includeDuplicates).withLimit(limit)
                .withSort(order);
        return json ? request.withHighlight("<mark>", "</mark>").withHtmlEscaping(true) : request;
    }

    private static DctPeriod period(String value, String option) {
        return DctPeriod.parse(value).orElseThrow(() -> new IllegalArgumentException(option + " '" + value
                + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    private Map<String, Object> asJson(SearchResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", query == null ? "" : query);
        json.put("total", results.total());
        json.put("totalExact", results.totalExact());
        json.put("milliseconds", Math.round(results.milliseconds() * 10) / 10.0);
        json.put("hits", results.hits().stream().map(SearchHit::toJsonMap).toList());
        return json;
    }

}
