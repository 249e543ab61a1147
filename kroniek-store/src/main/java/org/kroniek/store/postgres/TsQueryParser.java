package org.kroniek.store.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kroniek.store.search.QuerySyntaxException;

/**
 * The subset of Lucene query syntax kroniek documents ({@code kroniek search --help}), parsed for PostgreSQL:
 * words (all must occur), {@code OR}, {@code AND}, {@code NOT}/{@code -}/{@code !}, {@code +}, parentheses,
 * {@code "phrases"}, a trailing {@code *} (prefix) and the fields {@code title:}, {@code text:},
 * {@code publisher:}, {@code actor:}, {@code type:}, {@code language:}, {@code id:}. Fuzzy ({@code ~}), boosts
 * ({@code ^}), ranges and wildcards inside a word have no PostgreSQL counterpart and are refused with a message.
 */
final class TsQueryParser {
    static final Set<String> TEXT_FIELDS = Set.of("title", "text");
    static final Set<String> KEYWORD_FIELDS = Set.of("publisher", "actor", "type", "language", "id");

    /** A parsed query. */
    sealed interface Node permits Term, And, Or, Not {
    }

    /** A word (or a phrase of words) in a field: null = title or text; a keyword field matches exactly. */
    record Term(String field, String text, boolean phrase, boolean prefix) implements Node {
    }

    record And(List<Node> parts) implements Node {
    }

    record Or(List<Node> parts) implements Node {
    }

    record Not(Node part) implements Node {
    }

    private final String query;
    private int pos;

    private TsQueryParser(String query) {
        this.query = query;
    }

    static Node parse(String query) throws QuerySyntaxException {
        TsQueryParser parser = new TsQueryParser(query);
        Node node = parser.or(null);
        parser.skipSpace();
        if (parser.pos < query.length()) {
            throw parser.error("unexpected '" + query.charAt(parser.pos) + "' at column " + (parser.pos + 1));
        }
        return node;
    }

    private Node or(String field) throws QuerySyntaxException {
        List<Node> parts = new ArrayList<>();
        parts.add(and(field));
        while (keyword("OR") || symbol("||")) {
            parts.add(and(field));
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private Node and(String field) throws QuerySyntaxException {
        List<Node> parts = new ArrayList<>();
        parts.add(clause(field));
        while (true) {
            skipSpace();
            if (pos >= query.length() || query.charAt(pos) == ')' || peekKeyword("OR") || query.startsWith("||", pos)) {
                break;
            }
            if (!keyword("AND")) {
                symbol("&&");
            }
            parts.add(clause(field));
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private Node clause(String field) throws QuerySyntaxException {
        skipSpace();
        if (keyword("NOT") || symbol("-") || symbol("!")) {
            return new Not(clause(field));
        }
        if (symbol("+")) {
            return clause(field);
        }
        return primary(field);
    }

    private Node primary(String field) throws QuerySyntaxException {
        skipSpace();
        if (pos >= query.length()) {
            throw error("the query ends where a word was expected");
        }
        char c = query.charAt(pos);
        if (c == '(') {
            pos++;
            Node inner = or(field);
            skipSpace();
            if (!symbol(")")) {
                throw error("a '(' is not closed");
            }
            return inner;
        }
        if (c == '"') {
            return phrase(field);
        }
        int start = pos;
        while (pos < query.length() && !Character.isWhitespace(query.charAt(pos)) && "()\"".indexOf(query.charAt(pos)) < 0) {
            pos++;
        }
        String word = query.substring(start, pos);
        int colon = word.indexOf(':');
        if (colon > 0 && field == null) {
            String named = word.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!TEXT_FIELDS.contains(named) && !KEYWORD_FIELDS.contains(named)) {
                throw error("unknown field '" + named + "'; fields are title, text, publisher, actor, type, language"
                        + " and id");
            }
            String rest = word.substring(colon + 1);
            if (rest.isEmpty()) {
                // title:(...) or title:"..."
                return primary(named);
            }
            return term(named, rest);
        }
        if (word.isEmpty() || word.equals(")")) {
            throw error("unexpected '" + c + "' at column " + (start + 1));
        }
        return term(field, word);
    }

    private Node phrase(String field) throws QuerySyntaxException {
        int close = query.indexOf('"', pos + 1);
        if (close < 0) {
            throw error("a '\"' is not closed");
        }
        String text = query.substring(pos + 1, close);
        pos = close + 1;
        if (pos < query.length() && query.charAt(pos) == '~') {
            throw error("proximity searches (\"...\"~N) are not supported on a PostgreSQL store");
        }
        return new Term(field, text, true, false);
    }

    private Node term(String field, String word) throws QuerySyntaxException {
        if (word.indexOf('~') >= 0 || word.indexOf('^') >= 0) {
            throw error("fuzzy searches (~) and boosts (^) are not supported on a PostgreSQL store: '" + word + "'");
        }
        if (word.startsWith("[") || word.startsWith("{")) {
            throw error("ranges are not supported on a PostgreSQL store; use --from and --to for dates");
        }
        boolean prefix = word.endsWith("*");
        String stem = prefix ? word.substring(0, word.length() - 1) : word;
        if (stem.indexOf('*') >= 0 || stem.indexOf('?') >= 0) {
            throw error("wildcards inside a word are not supported on a PostgreSQL store: '" + word
                    + "'; a * at the end is (haven*)");
        }
        if (stem.isEmpty()) {
            throw error("a lone '*' is not a word");
        }
        return new Term(field, stem, false, prefix);
    }

    private boolean keyword(String word) {
        skipSpace();
        if (peekKeyword(word)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private boolean peekKeyword(String word) {
        int end = pos + word.length();
        return query.startsWith(word, pos) && (end == query.length() || Character.isWhitespace(query.charAt(end))
                || query.charAt(end) == '(' || query.charAt(end) == '"');
    }

    private boolean symbol(String symbol) {
        skipSpace();
        if (query.startsWith(symbol, pos)) {
            pos += symbol.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
            pos++;
        }
    }

    private QuerySyntaxException error(String problem) {
        return new QuerySyntaxException("cannot parse the query '" + query + "': " + problem, null);
    }
}
