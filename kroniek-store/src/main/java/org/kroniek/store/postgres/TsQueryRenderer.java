package org.kroniek.store.postgres;

import java.util.List;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.postgres.TsQueryParser.And;
import org.kroniek.store.postgres.TsQueryParser.Node;
import org.kroniek.store.postgres.TsQueryParser.Not;
import org.kroniek.store.postgres.TsQueryParser.Or;
import org.kroniek.store.postgres.TsQueryParser.Term;

/**
 * Writes a parsed query as one SQL {@code tsquery} expression for one text-search configuration. Words go
 * through {@code to_tsquery(config, ...)} so that they are stemmed like the documents ({@code title:} restricts
 * them to weight A, {@code text:} to B; a phrase becomes {@code <->}; a trailing {@code *} a prefix match);
 * keyword fields are exact lexemes cast with {@code ::tsquery}. User text only ever reaches the SQL as
 * parameters, quoted as tsquery lexemes.
 */
final class TsQueryRenderer {
    private TsQueryRenderer() {
    }

    static void render(Node node, String config, StringBuilder sql, List<Object> params) {
        switch (node) {
            case And and -> join(and.parts(), " && ", config, sql, params);
            case Or or -> join(or.parts(), " || ", config, sql, params);
            case Not not -> {
                sql.append("(!! ");
                render(not.part(), config, sql, params);
                sql.append(')');
            }
            case Term term -> term(term, config, sql, params);
        }
    }

    private static void join(List<Node> parts, String operator, String config, StringBuilder sql, List<Object> params) {
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(operator);
            }
            render(parts.get(i), config, sql, params);
        }
        sql.append(')');
    }

    private static void term(Term term, String config, StringBuilder sql, List<Object> params) {
        if (term.field() != null && TsQueryParser.KEYWORD_FIELDS.contains(term.field())) {
            sql.append("?::tsquery");
            params.add(lexeme(SearchConfigs.keyword(term.field(), term.text())) + (term.prefix() ? ":*" : ""));
            return;
        }
        String weight = term.field() == null ? "" : term.field().equals("title") ? "A" : "B";
        StringBuilder query = new StringBuilder();
        if (term.phrase()) {
            for (String word : term.text().strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    query.append(query.isEmpty() ? "" : " <-> ").append(lexeme(word))
                            .append(weight.isEmpty() ? "" : ":" + weight);
                }
            }
        } else {
            query.append(lexeme(term.text()));
            String suffix = (term.prefix() ? "*" : "") + weight;
            if (!suffix.isEmpty()) {
                query.append(':').append(suffix);
            }
        }
        sql.append("to_tsquery('").append(config).append("', ?)");
        params.add(query.isEmpty() ? "''" : query.toString());
    }

    /** A word as a quoted tsquery lexeme: quotes doubled, backslashes escaped. */
    static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The exact lexeme of a keyword filter ({@code actor:syr}). */
    static String keywordQuery(String field, String value) {
        return lexeme(field + ":" + IndexedDocument.normalise(value));
    }
}
