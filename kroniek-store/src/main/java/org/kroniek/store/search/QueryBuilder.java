package org.kroniek.store.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kroniek.store.IndexedDocument;

/**
 * Turns a {@link SearchRequest} into one Lucene query: the user's query parsed once per language (each
 * document is matched in its own language's fields) and the filters as non-scoring clauses.
 */
final class QueryBuilder {
    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(SearchRequest request) throws QuerySyntaxException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(textQuery(request), Occur.MUST);
        if (request.language() != null) {
            query.add(keyword(IndexFields.LANGUAGE, request.language()), Occur.FILTER);
        }
        if (request.actor() != null) {
            query.add(keyword(IndexFields.ACTOR, request.actor()), Occur.FILTER);
        }
        if (request.eventType() != null) {
            query.add(keyword(IndexFields.EVENT_TYPE, request.eventType()), Occur.FILTER);
        }
        // A document matches a date range when its period (a day, or a whole month for a month-dated one)
        // overlaps it.
        if (request.to() != null) {
            query.add(IntPoint.newRangeQuery(IndexFields.DCT_FIRST_DAY, Integer.MIN_VALUE,
                    (int) request.to().toEpochDay()), Occur.FILTER);
        }
        if (request.from() != null) {
            query.add(IntPoint.newRangeQuery(IndexFields.DCT_LAST_DAY, (int) request.from().toEpochDay(),
                    Integer.MAX_VALUE), Occur.FILTER);
        }
        if (!request.includeDuplicates()) {
            query.add(new TermQuery(new Term(IndexFields.DUPLICATE, "1")), Occur.MUST_NOT);
        }
        return query.build();
    }

    /**
     * The words of the query alone, without the filters: what snippets highlight. Highlighting with the whole query
     * would evaluate the filters (date ranges over points, the duplicate flag) again for every highlighted hit.
     */
    Query textQuery(SearchRequest request) throws QuerySyntaxException {
        String text = request.query() == null ? "" : request.query().strip();
        if (text.isEmpty() || text.equals("*") || text.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        List<String> languages = request.language() == null ? List.of("nl", "en", "other")
                : List.of(IndexFields.languageKey(request.language()));
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (String language : languages) {
            try {
                anyLanguage.add(new LanguageQueryParser(language, analyzer).parse(text), Occur.SHOULD);
            } catch (ParseException e) {
                throw new QuerySyntaxException("cannot parse the query '" + text + "': " + firstLine(e), e);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new QuerySyntaxException("the query '" + text + "' expands to too many terms; "
                        + "make wildcards more specific", e);
            } catch (IllegalArgumentException e) {
                // Lucene's RegExp parser (a /.../ term) reports a bad pattern this way, not as a ParseException
                // (found by ApiFuzzTest: 'atezt/html"te...atezt/' gave a 500).
                throw new QuerySyntaxException("cannot parse the query '" + text + "': " + e.getMessage(), e);
            }
        }
        return anyLanguage.build();
    }

    private static Query keyword(String field, String value) {
        return new TermQuery(new Term(field, IndexedDocument.normalise(value)));
    }

    private static String firstLine(ParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        // "Cannot parse 'x': Encountered ... at line 1, column 7." — keep the part after the echo of the query.
        int encountered = message.indexOf("Encountered");
        String useful = encountered >= 0 ? message.substring(encountered) : message;
        int newline = useful.indexOf('\n');
        return (newline >= 0 ? useful.substring(0, newline) : useful).strip();
    }
}
