package org.kroniek.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.SearchIndex;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchResults;

/**
 * Full-text search inside the PostgreSQL store: the database is the index. Each document's
 * {@code search_vector} is written in the same statement as the document (so there is nothing to add, commit or
 * reconcile: those methods do nothing); a query is parsed once ({@link TsQueryParser}) and rendered for each
 * text-search configuration, and each document is matched in its own language's configuration, as the Lucene
 * index matches it in its own language's fields. Ranking is {@code ts_rank} (not Lucene's BM25, so the order of
 * equally good hits may differ); snippets come from {@code ts_headline}.
 */
public final class PostgresSearchIndex implements SearchIndex {
    private static final int MAX_RESULTS = 10_000;
    /** Marks {@code ts_headline} puts around matches, replaced by the request's own after HTML escaping. */
    private static final String OPEN = "\u27e6";
    private static final String CLOSE = "\u27e7";
    private static final String HEADLINE_OPTIONS = "StartSel=" + OPEN + ", StopSel=" + CLOSE
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final List<String[]> LANGUAGES = List.of(
            new String[] {"nl", SearchConfigs.DUTCH}, new String[] {"en", SearchConfigs.ENGLISH},
            new String[] {"other", SearchConfigs.OTHER});

    private final PostgresDocumentStore documents;

    public PostgresSearchIndex(PostgresDocumentStore documents) {
        this.documents = documents;
    }

    @Override
    public long committedSequence() {
        return documents.lastSequence();
    }

    @Override
    public void add(IndexedDocument document) {
        // Indexed by the insert itself.
    }

    @Override
    public void commit(long throughSequence) {
        // Durable with the database commit.
    }

    @Override
    public void deleteAfter(long sequence) {
        // Nothing can be indexed that the database does not hold.
    }

    @Override
    public void deleteAll() {
        // Nothing to rebuild.
    }

    @Override
    public long count() {
        return documents.count();
    }

    @Override
    public SearchResults search(SearchRequest request) throws QuerySyntaxException {
        long start = System.nanoTime();
        String text = request.query() == null ? "" : request.query().strip();
        TsQueryParser.Node parsed = text.isEmpty() || text.equals("*") || text.equals("*:*") ? null
                : TsQueryParser.parse(text);
        List<Object> params = new ArrayList<>();
        StringBuilder with = new StringBuilder();
        String match = "TRUE";
        String query = "''::tsquery";
        if (parsed != null) {
            List<String[]> languages = request.language() == null ? LANGUAGES : LANGUAGES.stream()
                    .filter(l -> l[1].equals(SearchConfigs.of(request.language()))).toList();
            with.append("WITH q AS (SELECT ");
            List<String> matches = new ArrayList<>();
            StringBuilder choose = new StringBuilder("CASE d.search_config");
            for (int i = 0; i < languages.size(); i++) {
                String[] language = languages.get(i);
                with.append(i > 0 ? ", " : "");
                TsQueryRenderer.render(parsed, language[1], with, params);
                with.append(" AS ").append(language[0]);
                matches.add("(d.search_config = '" + language[1] + "'::regconfig AND d.search_vector @@ q."
                        + language[0] + ")");
                choose.append(" WHEN '").append(language[1]).append("'::regconfig THEN q.").append(language[0]);
            }
            with.append(") ");
            match = "(" + String.join(" OR ", matches) + ")";
            query = choose.append(" END").toString();
        }
        List<Object> filterParams = new ArrayList<>();
        String where = " WHERE " + match + filters(request, filterParams);
        String from = " FROM documents d" + (parsed != null ? ", q" : "");
        try {
            long total;
            List<Object> countParams = new ArrayList<>(params);
            countParams.addAll(filterParams);
            try (PreparedStatement st = documents.connection().prepareStatement(
                    with + "SELECT count(*)" + from + where)) {
                bind(st, countParams);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<SearchHit> hits = total == 0 ? List.of() : hits(request, with.toString(), from, where, query,
                    params, filterParams);
            return new SearchResults(total, true, hits, (System.nanoTime() - start) / 1e6);
        } catch (SQLException e) {
            throw PostgresConnections.failure("searching", documents.url(), e);
        }
    }

    private List<SearchHit> hits(SearchRequest request, String with, String from, String where, String query,
                                 List<Object> params, List<Object> filterParams) throws SQLException {
        String score = query.equals("''::tsquery") ? "0::real" : "ts_rank(d.search_vector, " + query + ")";
        String order = switch (request.sort()) {
            case RELEVANCE -> "score DESC, d.seq";
            case NEWEST -> "d.dct_first_day DESC NULLS LAST, d.seq DESC";
            case OLDEST -> "d.dct_first_day ASC NULLS LAST, d.seq";
        };
        // Headlines only for the page of hits: ts_headline re-parses the whole text.
        String sql = with + "SELECT d.seq, d.external_id, d.score, d.dct, d.language, d.publisher, d.byline, "
                + "d.source, coalesce(d.title, d.first_sentence), ts_headline(d.search_config, d.text, " + query
                + ", ?), d.duplicate_of FROM (SELECT d.seq, d.external_id, d.dct, d.dct_first_day, d.language, d.publisher, "
                + "d.byline, d.source, d.title, d.first_sentence, d.search_config, d.text, d.duplicate_of, " + score + " AS score" + from + where
                + " ORDER BY " + order + " LIMIT ?) d" + (with.isEmpty() ? "" : ", q") + " ORDER BY " + order;
        List<Object> all = new ArrayList<>(params);
        all.add(HEADLINE_OPTIONS);
        all.addAll(filterParams);
        all.add(Math.clamp(request.limit(), 1, MAX_RESULTS));
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement st = documents.connection().prepareStatement(sql)) {
            bind(st, all);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long duplicateOf = rs.getLong(11);
                    Long dup = rs.wasNull() ? null : duplicateOf;
                    String snippet = snippet(rs.getString(10), request);
                    hits.add(new SearchHit(rs.getLong(1), rs.getString(2), rs.getFloat(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            snippet == null ? List.of() : List.of(snippet), dup, 0));
                }
            }
        }
        return hits;
    }

    private static String filters(SearchRequest request, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (request.language() != null) {
            sql.append(" AND d.search_vector @@ ?::tsquery");
            params.add(TsQueryRenderer.keywordQuery("language", request.language()));
        }
        if (request.actor() != null) {
            sql.append(" AND d.search_vector @@ ?::tsquery");
            params.add(TsQueryRenderer.keywordQuery("actor", request.actor()));
        }
        if (request.eventType() != null) {
            sql.append(" AND d.search_vector @@ ?::tsquery");
            params.add(TsQueryRenderer.keywordQuery("type", request.eventType()));
        }
        // A document matches a date range when its period (a day, or a whole month) overlaps it.
        if (request.to() != null) {
            sql.append(" AND d.dct_first_day <= ?");
            params.add(request.to().toString());
        }
        if (request.from() != null) {
            sql.append(" AND d.dct_last_day >= ?");
            params.add(request.from().toString());
        }
        if (!request.includeDuplicates()) {
            sql.append(" AND d.duplicate_of IS NULL");
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    /** One line, HTML-escaped when asked, matches between the request's marks. */
    private static String snippet(String headline, SearchRequest request) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String text = headline.replaceAll("\\s+", " ").strip();
        if (request.escapeHtml()) {
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#x27;");
        }
        return text.replace(OPEN, request.highlightStart()).replace(CLOSE, request.highlightEnd());
    }

    @Override
    public void close() {
        // The connection belongs to the document store.
    }
}
