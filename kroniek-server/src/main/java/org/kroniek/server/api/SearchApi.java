package org.kroniek.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kroniek.server.ApiException;
import org.kroniek.server.Json;
import org.kroniek.server.Params;
import org.kroniek.server.ReadCache;
import org.kroniek.server.StoreAccess;
import org.kroniek.server.query.FacetQueries;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchResults;

/** {@code GET /api/search}: full-text search with filters, pages and (on request) facets. */
public final class SearchApi {
    /** Facets are counted over at most this many of the best hits. */
    private static final int FACET_HITS = 300;

    private final StoreAccess store;
    /** Pages as sent, by request: popular queries (a newsroom's running stories) are answered from memory. */
    private final ReadCache<CacheKey, String> pages;

    /** Everything a page depends on besides the store's version. */
    private record CacheKey(SearchRequest request, boolean facets) {
    }

    public SearchApi(StoreAccess store, int cacheEntries) {
        this.store = store;
        this.pages = new ReadCache<>(store::version, cacheEntries);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
    }

    private void search(Context ctx) {
        Params.Paging paging = Params.paging(ctx);
        LocalDate from = Params.fromDay(ctx, "from");
        LocalDate to = Params.toDay(ctx, "to");
        Params.requireOrdered(from, to);
        String query = Params.text(ctx, "q");
        if (query != null && query.length() > 1_000) {
            throw ApiException.badRequest("'q' is longer than 1,000 characters");
        }
        SearchRequest request = SearchRequest.of(query).withDates(from, to)
                .withLanguage(Params.text(ctx, "language")).withActor(Params.text(ctx, "actor"))
                .withEventType(Params.upper(Params.text(ctx, "type"))).withDuplicates(flag(ctx, "all"))
                .withSort(sort(Params.text(ctx, "sort"))).withLimit(paging.offset() + paging.limit())
                .withOffset(paging.offset())
                .withHighlight("<mark>", "</mark>").withHtmlEscaping(true);
        boolean facets = flag(ctx, "facets");
        Json.sendSerialized(ctx, pages.get(new CacheKey(request, facets),
                () -> Optional.of(Json.serialize(page(request, paging, query, facets)))).orElseThrow());
    }

    private Map<String, Object> page(SearchRequest request, Params.Paging paging, String query, boolean facets) {
        return store.read(kroniek -> {
            SearchResults results = run(kroniek, request);
            // Only the page's hits come back (loaded and highlighted); the total counts them all.
            List<SearchHit> page = results.hits();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("query", query == null ? "" : query);
            out.put("total", results.total());
            out.put("totalExact", results.totalExact());
            out.put("offset", paging.offset());
            out.put("limit", paging.limit());
            out.put("milliseconds", Math.round(results.milliseconds() * 10) / 10.0);
            out.put("items", page.stream().map(SearchHit::toJsonMap).toList());
            if (facets) {
                SearchResults best = paging.offset() == 0 && page.size() >= Math.min(FACET_HITS, results.total())
                        ? results : run(kroniek, request.withOffset(0).withLimit(FACET_HITS).withSnippets(false));
                out.put("facets", FacetQueries.facets(kroniek,
                        best.hits().stream().limit(FACET_HITS).map(SearchHit::sequence).toList()));
            }
            return out;
        });
    }

    private static SearchResults run(org.kroniek.store.KroniekStore kroniek, SearchRequest request) {
        try {
            return kroniek.search(request);
        } catch (QuerySyntaxException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static boolean flag(Context ctx, String name) {
        String value = Params.text(ctx, name);
        if (value == null || value.equals("false") || value.equals("0")) {
            return false;
        }
        if (value.equals("true") || value.equals("1")) {
            return true;
        }
        throw ApiException.badRequest("'" + name + "' must be true or false, not '" + value + "'");
    }

    private static SearchRequest.SortOrder sort(String value) {
        if (value == null) {
            return SearchRequest.SortOrder.RELEVANCE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.SortOrder.RELEVANCE;
            case "newest" -> SearchRequest.SortOrder.NEWEST;
            case "oldest" -> SearchRequest.SortOrder.OLDEST;
            default -> throw ApiException.badRequest("'sort' must be relevance, newest or oldest, not '" + value + "'");
        };
    }

}
