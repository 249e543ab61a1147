package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.List;

/**
 * A value template from a rule file: {@code part(weekday(w), p)}. A bare word is a match group when the rule
 * has a group of that name, else a literal ({@code PRESENT_REF}, {@code W}, {@code -1}).
 */
record ValueExpr(String name, List<ValueExpr> args, boolean call) {

    static ValueExpr parse(String source) {
        Parser p = new Parser(source.trim());
        ValueExpr e = p.expr();
        p.skipSpace();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("trailing text in value '" + source + "' at " + p.pos);
        }
        return e;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        ValueExpr expr() {
            skipSpace();
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '\'') {
                int close = s.indexOf('\'', pos + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed quote in '" + s + "'");
                }
                pos = close + 1;
                return new ValueExpr(s.substring(start + 1, close), List.of(), false);
            }
            while (pos < s.length() && "(),".indexOf(s.charAt(pos)) < 0 && !Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos);
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty term in value '" + s + "' at " + pos);
            }
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                List<ValueExpr> args = new ArrayList<>();
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ')') {
                    pos++;
                    return new ValueExpr(word, args, true);
                }
                while (true) {
                    args.add(expr());
                    skipSpace();
                    if (pos >= s.length()) {
                        throw new IllegalArgumentException("unclosed call in '" + s + "'");
                    }
                    char c = s.charAt(pos++);
                    if (c == ')') {
                        break;
                    }
                    if (c != ',') {
                        throw new IllegalArgumentException("expected ',' or ')' in '" + s + "' at " + pos);
                    }
                }
                return new ValueExpr(word, List.copyOf(args), true);
            }
            return new ValueExpr(word, List.of(), false);
        }
    }
}
