package org.kroniek.store.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kroniek.store.IndexedDocument;

/**
 * Lucene query syntax for one language's documents. Unqualified words search title (boosted) and text;
 * {@code title:} and {@code text:} map to that language's fields; keyword fields ({@code publisher:},
 * {@code actor:}, {@code type:}, {@code language:}, {@code id:}) match exactly, ignoring case.
 */
final class LanguageQueryParser extends MultiFieldQueryParser {
    private static final float TITLE_BOOST = 2.0f;

    private final String languageKey;

    LanguageQueryParser(String languageKey, Analyzer analyzer) {
        super(new String[] {IndexFields.title(languageKey), IndexFields.text(languageKey)}, analyzer,
                Map.of(IndexFields.title(languageKey), TITLE_BOOST));
        this.languageKey = languageKey;
        setDefaultOperator(AND_OPERATOR);
    }

    /**
     * Actor codes ({@code NLD:GOV}) and ids may hold colons, which the classic syntax reads as a field separator:
     * in a keyword field's unquoted value they are escaped first, so {@code actor:NLD:GOV} works as users type it.
     */
    private static final Pattern KEYWORD_VALUE = Pattern.compile(
            "(?<![\\w\\\\])((?:" + String.join("|", IndexFields.KEYWORDS) + "):)([^\\s()\"\\[\\]{}^~:][^\\s()\"\\[\\]{}^~]*)");

    @Override
    public Query parse(String query) throws ParseException {
        Matcher m = KEYWORD_VALUE.matcher(query);
        StringBuilder escaped = new StringBuilder(query.length() + 8);
        while (m.find()) {
            String value = m.group(2).replaceAll("(?<!\\\\):", Matcher.quoteReplacement("\\:"));
            m.appendReplacement(escaped, Matcher.quoteReplacement(m.group(1) + value));
        }
        m.appendTail(escaped);
        return super.parse(escaped.toString());
    }

    private String map(String field) throws ParseException {
        if (field == null || field.startsWith("title_") || field.startsWith("text_")
                || IndexFields.KEYWORDS.contains(field)) {
            return field;
        }
        return switch (field) {
            case "title" -> IndexFields.title(languageKey);
            case "text" -> IndexFields.text(languageKey);
            default -> throw new ParseException("unknown field '" + field + "'; fields are title, text, publisher, "
                    + "actor, type, language and id");
        };
    }

    private static boolean isKeyword(String field) {
        return field != null && IndexFields.KEYWORDS.contains(field);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (isKeyword(field)) {
            return new TermQuery(new Term(field, IndexedDocument.normalise(queryText)));
        }
        return super.getFieldQuery(map(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (isKeyword(field)) {
            return new TermQuery(new Term(field, IndexedDocument.normalise(queryText)));
        }
        return super.getFieldQuery(map(field), queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (isKeyword(field)) {
            return new PrefixQuery(new Term(field, IndexedDocument.normalise(termStr)));
        }
        return super.getPrefixQuery(map(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(map(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(map(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(map(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        return super.getRangeQuery(map(field), part1, part2, startInclusive, endInclusive);
    }
}
