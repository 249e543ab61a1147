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
    /** Past this many states the automaton of one pattern is not built (the pattern is then always tried). */
    private static final int MAX_STATES = 1500;
    private static final int DEAD = 0;

    /** Per character below TABLE its column in the transition table. */
    private final char[] column;
    private final int columns;
    /** State after the first character, by column. */
    private final int[] start;
    /** Next state by state * columns + column; state 0 is dead. */
    private final int[] next;
    /** Per state the patterns (bits) a match of which may end there, or null for none. */
    private final long[][] accepting;
    /** Per state the patterns (bits) still alive in it: what a character from TABLE up leaves possible. */
    private final long[][] alive;
    /** Per pattern the characters that certainly may not follow its match (trailing negative look-ahead), or null. */
    private final boolean[][] notAfter;
    /** Per pattern whether its match must end at the end of the text (trailing $). */
    private final boolean[] atEnd;
    /** All patterns (bits). */
    private final long[] all;

    private MatchAutomaton(char[] column, int columns, int[] start, int[] next, long[][] accepting, long[][] alive,
                           boolean[][] notAfter, boolean[] atEnd) {
        this.column = column;
        this.columns = columns;
        this.start = start;
        this.next = next;
        this.accepting = accepting;
        this.alive = alive;
        this.notAfter = notAfter;
        this.atEnd = atEnd;
        this.all = new long[(atEnd.length + 63) >>> 6];
        for (int p = 0; p < atEnd.length; p++) {
            all[p >>> 6] |= 1L << p;
        }
    }

    /**
     * The automaton of a pattern, or null when the pattern uses a construct this reader does not know or its
     * automaton would be too large.
     */
    static MatchAutomaton of(Pattern pattern) {
        Parsed p = parse(pattern);
        return p == null ? null : build(List.of(p), MAX_STATES);
    }

    /**
     * One automaton for several patterns, run once from a position to learn which of them may match there
     * ({@link #collect}); null when one of them cannot be read or the automaton would pass maxStates.
     */
    static MatchAutomaton union(List<Pattern> patterns, int maxStates) {
        List<Parsed> parsed = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Parsed p = parse(pattern);
            if (p == null) {
                return null;
            }
            parsed.add(p);
        }
        return build(parsed, maxStates);
    }

    /** Whether the pattern can be read into an automaton at all. */
    static boolean readable(Pattern pattern) {
        return parse(pattern) != null;
    }

    /** A pattern read into positions: what each admits, which may follow which, where it begins and ends. */
    private record Parsed(List<boolean[]> admits, List<BitSet> follow, BitSet first, BitSet last,
                          boolean[] notAfter, boolean atEnd) {
    }

    private static Parsed parse(Pattern pattern) {
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
            List<boolean[]> admits = new ArrayList<>();
            for (String atom : r.atoms) {
                admits.add(atom == null ? null : FirstChars.atom(atom, sensitive, insensitive));
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
            return new Parsed(admits, r.follow, top.first, top.last, notAfter, r.trailingEnd);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The deterministic automaton of the patterns' positions side by side (subset construction). */
    private static MatchAutomaton build(List<Parsed> patterns, int maxStates) {
        List<boolean[]> admitsOf = new ArrayList<>();
        List<BitSet> follow = new ArrayList<>();
        BitSet first = new BitSet();
        BitSet last = new BitSet();
        for (Parsed p : patterns) {
            int offset = admitsOf.size();
            admitsOf.addAll(p.admits());
            for (BitSet f : p.follow()) {
                follow.add(shifted(f, offset));
            }
            first.or(shifted(p.first(), offset));
            last.or(shifted(p.last(), offset));
        }
        int n = admitsOf.size();
        int[] patternOf = new int[n];
        for (int i = 0, p = 0; i < patterns.size(); i++) {
            for (int k = 0; k < patterns.get(i).admits().size(); k++) {
                patternOf[p++] = i;
            }
        }
        // Characters that every atom treats alike share a column.
        BitSet[] admits = new BitSet[TABLE];
        for (int c = 0; c < TABLE; c++) {
            admits[c] = new BitSet();
        }
        for (int p = 0; p < n; p++) {
            boolean[] a = admitsOf.get(p);
            for (int c = 0; c < TABLE; c++) {
                if (a == null || a[c]) {
                    admits[c].set(p);
                }
            }
        }
        Map<BitSet, Integer> columnOf = new HashMap<>();
        List<BitSet> columnSets = new ArrayList<>();
        char[] column = new char[TABLE];
        for (int c = 0; c < TABLE; c++) {
            Integer k = columnOf.get(admits[c]);
            if (k == null) {
                k = columnSets.size();
                columnOf.put(admits[c], k);
                columnSets.add(admits[c]);
            }
            column[c] = (char) (int) k;
        }
        int columns = columnSets.size();
        // Subset construction: a state is the set of positions the text read so far may have reached.
        Map<BitSet, Integer> stateOf = new HashMap<>();
        List<BitSet> states = new ArrayList<>();
        stateOf.put(new BitSet(), DEAD);
        states.add(new BitSet());
        // Per position the columns it admits, so a step is split by column without a pass over every position.
        int[][] columnsOf = new int[n][];
        for (int p = 0; p < n; p++) {
            int pos = p;
            columnsOf[p] = java.util.stream.IntStream.range(0, columns).filter(k -> columnSets.get(k).get(pos))
                    .toArray();
        }
        int[] start = step(first, columnsOf, columns, stateOf, states);
        List<int[]> rows = new ArrayList<>();
        for (int q = 0; q < states.size(); q++) {
            if (states.size() > maxStates) {
                return null;
            }
            BitSet reach = new BitSet();
            BitSet cur = states.get(q);
            for (int p = cur.nextSetBit(0); p >= 0; p = cur.nextSetBit(p + 1)) {
                reach.or(follow.get(p));
            }
            rows.add(step(reach, columnsOf, columns, stateOf, states));
        }
        int[] next = new int[states.size() * columns];
        long[][] accepting = new long[states.size()][];
        long[][] alive = new long[states.size()][];
        Map<BitSet, long[]> shared = new HashMap<>();
        for (int q = 0; q < states.size(); q++) {
            System.arraycopy(rows.get(q), 0, next, q * columns, columns);
            BitSet acc = new BitSet();
            BitSet live = new BitSet();
            BitSet cur = states.get(q);
            for (int p = cur.nextSetBit(0); p >= 0; p = cur.nextSetBit(p + 1)) {
                live.set(patternOf[p]);
                if (last.get(p)) {
                    acc.set(patternOf[p]);
                }
            }
            accepting[q] = acc.isEmpty() ? null : shared.computeIfAbsent(acc, b -> words(b, patterns.size()));
            alive[q] = shared.computeIfAbsent(live, b -> words(b, patterns.size()));
        }
        boolean[][] notAfter = new boolean[patterns.size()][];
        boolean[] atEnd = new boolean[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            notAfter[i] = patterns.get(i).notAfter();
            atEnd[i] = patterns.get(i).atEnd();
        }
        return new MatchAutomaton(column, columns, start, next, accepting, alive, notAfter, atEnd);
    }

    /** The state reached from the positions {@code reach} may go to, by column. */
    private static int[] step(BitSet reach, int[][] columnsOf, int columns, Map<BitSet, Integer> stateOf,
                              List<BitSet> states) {
        BitSet[] by = new BitSet[columns];
        for (int p = reach.nextSetBit(0); p >= 0; p = reach.nextSetBit(p + 1)) {
            for (int k : columnsOf[p]) {
                if (by[k] == null) {
                    by[k] = new BitSet();
                }
                by[k].set(p);
            }
        }
        int[] row = new int[columns];
        for (int k = 0; k < columns; k++) {
            row[k] = by[k] == null ? DEAD : state(by[k], stateOf, states);
        }
        return row;
    }

    private static BitSet shifted(BitSet b, int offset) {
        BitSet out = new BitSet();
        for (int p = b.nextSetBit(0); p >= 0; p = b.nextSetBit(p + 1)) {
            out.set(p + offset);
        }
        return out;
    }

    private static long[] words(BitSet b, int size) {
        return java.util.Arrays.copyOf(b.toLongArray(), (size + 63) >>> 6);
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

    /** Number of states (the dead one included), for tests and sizing. */
    int states() {
        return accepting.length;
    }

    /** Number of character columns, for tests and sizing. */
    int columns() {
        return columns;
    }

    /** Whether a non-empty match of the (first) pattern may begin at {@code at} in s; false only when none can. */
    boolean mayMatchAt(CharSequence s, int at) {
        int n = s.length();
        char c = s.charAt(at);
        if (c >= TABLE) {
            return true;
        }
        int q = start[column[c]];
        int i = at;
        while (q != DEAD) {
            if (accepting[q] != null && mayEndAt(0, s, i + 1)) {
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

    /**
     * Sets in {@code out} the bits of the patterns a non-empty match of which may begin at {@code at} in s;
     * a pattern left out cannot match there.
     */
    void collect(CharSequence s, int at, long[] out) {
        int n = s.length();
        char c = s.charAt(at);
        if (c >= TABLE) {
            or(out, all);
            return;
        }
        int q = start[column[c]];
        int i = at;
        while (q != DEAD) {
            long[] acc = accepting[q];
            if (acc != null) {
                for (int k = 0; k < acc.length; k++) {
                    for (long bits = acc[k] & ~out[k]; bits != 0; bits &= bits - 1) {
                        int p = (k << 6) + Long.numberOfTrailingZeros(bits);
                        if (mayEndAt(p, s, i + 1)) {
                            out[k] |= 1L << p;
                        }
                    }
                }
            }
            if (++i >= n) {
                return;
            }
            c = s.charAt(i);
            if (c >= TABLE) {
                or(out, alive[q]); // any atom may admit it (and a surrogate pair is one character to the regex)
                return;
            }
            q = next[q * columns + column[c]];
        }
    }

    private static void or(long[] into, long[] bits) {
        for (int k = 0; k < bits.length; k++) {
            into[k] |= bits[k];
        }
    }

    /** Whether a match of pattern p ending just before {@code end} passes its kept trailing conditions. */
    private boolean mayEndAt(int p, CharSequence s, int end) {
        int n = s.length();
        if (atEnd[p]) {
            // $ also matches before a final line terminator ("\r\n" included).
            for (int k = end; k < n; k++) {
                char c = s.charAt(k);
                if (n - end > 2 || (c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029')) {
                    return false;
                }
            }
        }
        boolean[] guard = notAfter[p];
        if (guard != null && end < n) {
            char c = s.charAt(end);
            return c >= TABLE || !guard[c];
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
