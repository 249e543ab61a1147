package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pattern read as a position automaton (one position per character atom of the pattern), made deterministic
 * when the rule file is loaded and run over the text to tell cheaply that no match can begin at a position, so
 * the regex itself is run only where one may. The automaton accepts at least what the pattern matches:
 * look-arounds, word boundaries and anchors count as matching nothing, a back-reference as any text, a bounded
 * repeat as an unbounded one, and an atom admits what it matches with case ignored or not. At a character from
 * U+0180 up it gives up and admits the position. Two endings are kept because they reject most tries: a
 * trailing negative look-ahead of one character class (the "no letter or digit after" of every rule) and a
 * trailing {@code $}. Immutable and thread-safe.
 */
final class MatchAutomaton {
    private static final int TABLE = FirstChars.TABLE;
    /** Past this many states the automaton is not built (the pattern is then always tried). */
    private static final int MAX_STATES = 1500;
    private static final int DEAD = 0;

    /** Per character below TABLE its column in the transition table. */
    private final byte[] column;
    private final int columns;
    /** State after the first character, by column. */
    private final int[] start;
    /** Next state by state * columns + column; state 0 is dead. */
    private final int[] next;
    /** Whether a match may end in the state. */
    private final boolean[] accepting;
    /** Characters that certainly may not follow a match (trailing negative look-ahead), or null. */
    private final boolean[] notAfter;
    /** Whether a match must end at the end of the text (trailing $). */
    private final boolean atEnd;

    private MatchAutomaton(byte[] column, int columns, int[] start, int[] next, boolean[] accepting,
                           boolean[] notAfter, boolean atEnd) {
        this.column = column;
        this.columns = columns;
        this.start = start;
        this.next = next;
        this.accepting = accepting;
        this.notAfter = notAfter;
        this.atEnd = atEnd;
    }

    /**
     * The automaton of a pattern, or null when the pattern uses a construct this reader does not know or its
     * automaton would be too large.
     */
    static MatchAutomaton of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.MULTILINE
                | Pattern.UNIX_LINES)) != 0) {
            return null;
        }
        try {
            Reader r = new Reader(pattern.pattern());
            Part top = r.alternation(true);
            if (r.pos != r.re.length()) {
                return null;
            }
            int sensitive = pattern.flags() & ~Pattern.CASE_INSENSITIVE;
            int insensitive = pattern.flags() | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            int n = r.atoms.size();
            // Characters that every atom treats alike share a column.
            BitSet[] admits = new BitSet[TABLE];
            for (int c = 0; c < TABLE; c++) {
                admits[c] = new BitSet();
            }
            for (int p = 0; p < n; p++) {
                String atom = r.atoms.get(p);
                boolean[] a = atom == null ? null : FirstChars.atom(atom, sensitive, insensitive);
                for (int c = 0; c < TABLE; c++) {
                    if (a == null || a[c]) {
                        admits[c].set(p);
                    }
                }
            }
            Map<BitSet, Integer> columnOf = new HashMap<>();
            List<BitSet> columnSets = new ArrayList<>();
            byte[] column = new byte[TABLE];
            for (int c = 0; c < TABLE; c++) {
                Integer k = columnOf.get(admits[c]);
                if (k == null) {
                    k = columnSets.size();
                    columnOf.put(admits[c], k);
                    columnSets.add(admits[c]);
                }
                column[c] = (byte) (int) k;
            }
            if (columnSets.size() > 120) {
                return null;
            }
            int columns = columnSets.size();
            // Subset construction: a state is the set of positions the text read so far may have reached.
            Map<BitSet, Integer> stateOf = new HashMap<>();
            List<BitSet> states = new ArrayList<>();
            stateOf.put(new BitSet(), DEAD);
            states.add(new BitSet());
            int[] start = new int[columns];
            for (int k = 0; k < columns; k++) {
                BitSet s = (BitSet) top.first.clone();
                s.and(columnSets.get(k));
                start[k] = state(s, stateOf, states);
            }
            List<int[]> rows = new ArrayList<>();
            for (int q = 0; q < states.size(); q++) {
                if (states.size() > MAX_STATES) {
                    return null;
                }
                BitSet reach = new BitSet();
                BitSet cur = states.get(q);
                for (int p = cur.nextSetBit(0); p >= 0; p = cur.nextSetBit(p + 1)) {
                    reach.or(r.follow.get(p));
                }
                int[] row = new int[columns];
                for (int k = 0; k < columns; k++) {
                    BitSet s = (BitSet) reach.clone();
                    s.and(columnSets.get(k));
                    row[k] = state(s, stateOf, states);
                }
                rows.add(row);
            }
            int[] next = new int[states.size() * columns];
            boolean[] accepting = new boolean[states.size()];
            for (int q = 0; q < states.size(); q++) {
                System.arraycopy(rows.get(q), 0, next, q * columns, columns);
                accepting[q] = states.get(q).intersects(top.last);
            }
            boolean[] notAfter = null;
            if (r.trailingGuard != null) {
                // Only characters the class matches whatever the case flags: the look-ahead surely fails on them.
                boolean[] a = FirstChars.atomTable(r.trailingGuard, sensitive);
                boolean[] b = FirstChars.atomTable(r.trailingGuard, insensitive);
                notAfter = new boolean[TABLE];
                for (int c = 0; c < TABLE; c++) {
                    notAfter[c] = a[c] && b[c];
                }
            }
            return new MatchAutomaton(column, columns, start, next, accepting, notAfter, r.trailingEnd);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int state(BitSet s, Map<BitSet, Integer> stateOf, List<BitSet> states) {
        Integer id = stateOf.get(s);
        if (id == null) {
            id = states.size();
            stateOf.put(s, id);
            states.add(s);
        }
        return id;
    }

    /** Whether a non-empty match may begin at {@code at} in s; false only when none can. */
    boolean mayMatchAt(CharSequence s, int at) {
        int n = s.length();
        char c = s.charAt(at);
        if (c >= TABLE) {
            return true;
        }
        int q = start[column[c]];
        int i = at;
        while (q != DEAD) {
            if (accepting[q] && mayEndAt(s, i + 1)) {
                return true;
            }
            if (++i >= n) {
                return false;
            }
            c = s.charAt(i);
            if (c >= TABLE) {
                return true; // any atom may admit it (and a surrogate pair is one character to the regex)
            }
            q = next[q * columns + column[c]];
        }
        return false;
    }

    /** Whether a match ending just before {@code end} passes the kept trailing conditions. */
    private boolean mayEndAt(CharSequence s, int end) {
        int n = s.length();
        if (atEnd) {
            // $ also matches before a final line terminator ("\r\n" included).
            for (int k = end; k < n; k++) {
                char c = s.charAt(k);
                if (n - end > 2 || (c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029')) {
                    return false;
                }
            }
        }
        if (notAfter != null && end < n) {
            char c = s.charAt(end);
            return c >= TABLE || !notAfter[c];
        }
        return true;
    }

    /** A part of the pattern: the positions it may begin and end with, whether it may match empty. */
    private record Part(BitSet first, BitSet last, boolean nullable) {
        static Part empty() {
            return new Part(new BitSet(), new BitSet(), true);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** A recursive-descent reader of the java.util.regex syntax the rule files use (as {@link FirstChars}). */
    private static final class Reader {
        final String re;
        int pos;
        /** Per position its atom (a regex for one character), null for "any character". */
        final List<String> atoms = new ArrayList<>();
        final List<BitSet> follow = new ArrayList<>();
        /** The class of a negative look-ahead that ends the whole pattern, and whether a $ ends it. */
        String trailingGuard;
        boolean trailingEnd;
        private String lastGuard;
        private boolean lastEnd;

        Reader(String re) {
            this.re = re;
        }

        Part alternation(boolean top) {
            Part p = sequence(top);
            boolean alternatives = false;
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                alternatives = true;
                p = or(p, sequence(false));
            }
            if (alternatives && top) {
                trailingGuard = null;
                trailingEnd = false;
            }
            return p;
        }

        private Part sequence(boolean top) {
            Part p = Part.empty();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                lastGuard = null;
                lastEnd = false;
                p = then(p, quantified());
                if (top) {
                    trailingGuard = lastGuard;
                    trailingEnd = lastEnd;
                }
            }
            return p;
        }

        private Part then(Part x, Part y) {
            for (int p = x.last.nextSetBit(0); p >= 0; p = x.last.nextSetBit(p + 1)) {
                follow.get(p).or(y.first);
            }
            BitSet f = (BitSet) x.first.clone();
            if (x.nullable) {
                f.or(y.first);
            }
            BitSet l = (BitSet) y.last.clone();
            if (y.nullable) {
                l.or(x.last);
            }
            return new Part(f, l, x.nullable && y.nullable);
        }

        private static Part or(Part x, Part y) {
            BitSet f = (BitSet) x.first.clone();
            f.or(y.first);
            BitSet l = (BitSet) x.last.clone();
            l.or(y.last);
            return new Part(f, l, x.nullable || y.nullable);
        }

        private Part repeated(Part x, boolean optional) {
            for (int p = x.last.nextSetBit(0); p >= 0; p = x.last.nextSetBit(p + 1)) {
                follow.get(p).or(x.first);
            }
            return new Part(x.first, x.last, x.nullable || optional);
        }

        private Part quantified() {
            Part a = atom();
            if (pos >= re.length()) {
                return a;
            }
            char c = re.charAt(pos);
            int min;
            int max = Integer.MAX_VALUE;
            if (c == '?' || c == '*') {
                pos++;
                min = 0;
                max = c == '?' ? 1 : max;
            } else if (c == '+') {
                pos++;
                min = 1;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported("quantifier");
                }
                String body = re.substring(pos + 1, close);
                if (!body.matches("\\d+(,\\d*)?")) {
                    throw new Unsupported("quantifier " + body);
                }
                int comma = body.indexOf(',');
                min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
                if (comma < 0) {
                    max = min;
                } else if (comma < body.length() - 1) {
                    max = Integer.parseInt(body.substring(comma + 1));
                }
                pos = close + 1;
            } else {
                return a;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive: no more than the greedy form matches
            }
            lastGuard = null;
            lastEnd = false;
            if (max >= 2) {
                return repeated(a, min == 0);
            }
            return min == 0 ? new Part(a.first, a.last, true) : a;
        }

        private Part atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    int start = pos;
                    skipClass();
                    return one(re.substring(start, pos));
                }
                case '\\' -> {
                    return escape();
                }
                case '^' -> {
                    pos++;
                    return Part.empty();
                }
                case '$' -> {
                    pos++;
                    lastEnd = true;
                    return Part.empty();
                }
                case '.' -> {
                    pos++;
                    return one(".");
                }
                case '*', '+', '?', '{', ')', '|' -> throw new Unsupported("stray " + c);
                default -> {
                    if (Character.isSurrogate(c)) {
                        throw new Unsupported("surrogate");
                    }
                    pos++;
                    return one(Pattern.quote(String.valueOf(c)));
                }
            }
        }

        private Part one(String atom) {
            int p = atoms.size();
            atoms.add(atom);
            follow.add(new BitSet());
            BitSet b = new BitSet();
            b.set(p);
            return new Part(b, (BitSet) b.clone(), false);
        }

        /** Any text, possibly empty (a back-reference). */
        private Part anything() {
            Part any = one(null);
            return repeated(any, true);
        }

        private Part group() {
            int open = pos;
            pos++; // (
            boolean lookaround = false;
            boolean negativeAhead = false;
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                negativeAhead = re.startsWith("?!", pos);
                pos += 2;
                lookaround = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0 || !re.substring(pos + 2, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                    throw new Unsupported("group name");
                }
                pos = close + 1;
            } else if (re.startsWith("?", pos)) {
                // Inline flags, "(?i)" or "(?-i:...)": only case flags are understood (atoms admit either case).
                int p = pos + 1;
                while (p < re.length() && (re.charAt(p) == 'i' || re.charAt(p) == 'u' || re.charAt(p) == '-')) {
                    p++;
                }
                if (p >= re.length() || (re.charAt(p) != ')' && re.charAt(p) != ':')) {
                    throw new Unsupported("group kind");
                }
                if (re.charAt(p) == ')') {
                    pos = p + 1;
                    return Part.empty();
                }
                pos = p + 1;
            }
            if (lookaround) {
                // Read for its syntax only; what it matches is left out of the automaton.
                int atomsBefore = atoms.size();
                int bodyStart = pos;
                alternation(false);
                expectClose();
                String body = re.substring(bodyStart, pos - 1);
                atoms.subList(atomsBefore, atoms.size()).replaceAll(a -> "(?!)");
                if (negativeAhead && singleClass(body)) {
                    lastGuard = body;
                } else {
                    lastGuard = null;
                }
                lastEnd = false;
                return Part.empty();
            }
            Part inner = alternation(false);
            expectClose();
            lastGuard = null;
            lastEnd = false;
            return inner;
        }

        private void expectClose() {
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new Unsupported("unclosed group");
            }
            pos++;
        }

        /** Whether a look-ahead body is one character class (a bracket class or a class escape), no more. */
        private static boolean singleClass(String body) {
            if (body.startsWith("[")) {
                Reader r = new Reader(body);
                r.skipClass();
                return r.pos == body.length();
            }
            return body.matches("\\\\[dDsSwWhHvV]|\\\\[pP]\\{[A-Za-z_=]+}");
        }

        /** Moves past a character class, nested classes and escapes included. */
        private void skipClass() {
            int depth = 0;
            boolean firstInClass = false;
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == '\\') {
                    char next = pos + 1 < re.length() ? re.charAt(pos + 1) : ' ';
                    if ((next == 'p' || next == 'P') && pos + 2 < re.length() && re.charAt(pos + 2) == '{') {
                        int close = re.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unsupported("property");
                        }
                        pos = close + 1;
                    } else if (next == 'Q' || next == 'x' || next == 'u' || next == 'N' || next == 'c' || next == '0') {
                        throw new Unsupported("escape in class");
                    } else {
                        pos += 2;
                    }
                    firstInClass = false;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    pos++;
                    if (pos < re.length() && re.charAt(pos) == '^') {
                        pos++;
                    }
                    firstInClass = true;
                    continue;
                }
                if (c == ']' && !firstInClass) {
                    depth--;
                    pos++;
                    if (depth == 0) {
                        return;
                    }
                    continue;
                }
                if (c == ']') {
                    throw new Unsupported("literal ] in class");
                }
                firstInClass = false;
                pos++;
            }
            throw new Unsupported("unclosed class");
        }

        private Part escape() {
            if (pos + 1 >= re.length()) {
                throw new Unsupported("trailing backslash");
            }
            char e = re.charAt(pos + 1);
            switch (e) {
                case 'p', 'P' -> {
                    int end;
                    if (pos + 2 < re.length() && re.charAt(pos + 2) == '{') {
                        end = re.indexOf('}', pos) + 1;
                        if (end <= 0) {
                            throw new Unsupported("property");
                        }
                    } else {
                        end = pos + 3;
                    }
                    String atom = re.substring(pos, end);
                    pos = end;
                    return one(atom);
                }
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 't', 'n', 'r', 'f', 'a', 'e' -> {
                    pos += 2;
                    return one("\\" + e);
                }
                case 'b', 'B', 'A', 'G', 'z', 'Z' -> {
                    pos += 2;
                    return Part.empty();
                }
                case 'k' -> {
                    int close = re.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unsupported("back-reference");
                    }
                    pos = close + 1;
                    return anything();
                }
                default -> {
                    if (e >= '1' && e <= '9') {
                        pos += 2;
                        while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
                            pos++;
                        }
                        return anything();
                    }
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unsupported("escape \\" + e);
                    }
                    pos += 2;
                    return one("\\" + e);
                }
            }
        }
    }
}
