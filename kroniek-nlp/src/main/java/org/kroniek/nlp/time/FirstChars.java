package org.kroniek.nlp.time;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a non-empty match of a pattern can begin, read from the pattern's structure, so that the pattern is tried
 * only there: its possible first characters and, for each, the possible second ones. Also the characters a match
 * may contain at all. The answers may be too wide, never too narrow: look-arounds, word boundaries and anchors
 * count as matching nothing, an atom admits what it matches with case ignored or not, characters from U+0180 up
 * (and second characters from U+0080 up) are always admitted, and a pattern with a construct this reader does not
 * know (or a back-reference where it matters) admits everything. Immutable.
 */
final class FirstChars {
    /** Characters below this are decided by the table; the rest are always admitted. */
    static final int TABLE = 0x180;
    static final FirstChars ALL = new FirstChars(null, null, null, true, null, null);

    private final boolean[] table;
    /** Characters that may make a whole match on their own. */
    private final boolean[] single;
    /** For a first character, the ASCII characters (bits) that may follow it in a match. */
    private final long[] second;
    private final boolean nullable;
    /** Characters a match may contain (look-arounds aside); null: any. */
    private final boolean[] consumed;
    /** The whole pattern as an automaton, for a closer look where the first two characters fit; null: none. */
    private final MatchAutomaton automaton;

    private FirstChars(boolean[] table, boolean[] single, long[] second, boolean nullable, boolean[] consumed,
                       MatchAutomaton automaton) {
        this.table = table;
        this.single = single;
        this.second = second;
        this.nullable = nullable;
        this.consumed = consumed;
        this.automaton = automaton;
    }

    /** Whether a non-empty match may begin with c. */
    boolean admits(char c) {
        return c >= TABLE || table == null || table[c];
    }

    /**
     * Whether a match may contain c. A match cannot run across such a character, so a left-to-right scan
     * started just after one finds from there on what a scan from the start finds.
     */
    boolean mayContain(char c) {
        return consumed == null || c >= TABLE || consumed[c];
    }

    /** Whether a non-empty match may begin at {@code at} in s: its first two characters are checked. */
    boolean admits(String s, int at) {
        char c = s.charAt(at);
        if (c >= TABLE || table == null) {
            return true;
        }
        if (!table[c]) {
            return false;
        }
        if (second == null || single[c] || at + 1 >= s.length()) {
            return true;
        }
        char d = s.charAt(at + 1);
        return d >= 128 || (second[2 * c + (d >> 6)] & (1L << d)) != 0;
    }

    /**
     * Whether a non-empty match may begin at {@code at} in s: the first two characters are checked, then the
     * pattern's automaton is run from there ({@link MatchAutomaton}). False only where no match can begin.
     */
    boolean mayBeginAt(String s, int at) {
        return admits(s, at) && (automaton == null || automaton.mayMatchAt(s, at));
    }

    /** Whether every character is admitted (nothing is known about the pattern). */
    boolean all() {
        return table == null;
    }

    /** Whether the pattern may match the empty string (always true when nothing is known). */
    boolean nullable() {
        return nullable;
    }

    static FirstChars of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return ALL;
        }
        try {
            Reader r = new Reader(pattern.pattern());
            Node n = r.alternation();
            if (r.pos != r.re.length() || n.any) {
                return ALL;
            }
            boolean[] table = new boolean[TABLE];
            // Inline flags may switch case on or off anywhere: an atom admits what it matches either way.
            int sensitive = pattern.flags() & ~Pattern.CASE_INSENSITIVE;
            int insensitive = pattern.flags() | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            for (String atom : n.first) {
                boolean[] a = atom(atom, sensitive, insensitive);
                for (int c = 0; c < TABLE; c++) {
                    table[c] |= a[c];
                }
            }
            boolean[] single = new boolean[TABLE];
            for (String atom : n.single) {
                boolean[] a = atom(atom, sensitive, insensitive);
                for (int c = 0; c < TABLE; c++) {
                    single[c] |= a[c];
                }
            }
            long[] second = new long[2 * TABLE];
            for (Map.Entry<String, Set<String>> e : n.pairs.entrySet()) {
                long[] follow = new long[2];
                for (String atom : e.getValue()) {
                    boolean[] b = atom(atom, sensitive, insensitive);
                    for (int d = 0; d < 128; d++) {
                        if (b[d]) {
                            follow[d >> 6] |= 1L << d;
                        }
                    }
                }
                boolean[] a = atom(e.getKey(), sensitive, insensitive);
                for (int c = 0; c < TABLE; c++) {
                    if (a[c]) {
                        second[2 * c] |= follow[0];
                        second[2 * c + 1] |= follow[1];
                    }
                }
            }
            boolean[] consumed = null;
            if (!r.consumesAnything) {
                consumed = new boolean[TABLE];
                for (String atom : r.consumed) {
                    boolean[] a = atom(atom, sensitive, insensitive);
                    for (int c = 0; c < TABLE; c++) {
                        consumed[c] |= a[c];
                    }
                }
            }
            return new FirstChars(table, single, second, n.nullable, consumed, MatchAutomaton.of(pattern));
        } catch (RuntimeException e) {
            return ALL;
        }
    }

    private static final Map<String, boolean[]> ATOMS = new ConcurrentHashMap<>();

    /** What an atom (a regex for one character) admits below TABLE with case taken into account or not. */
    static boolean[] atom(String atom, int sensitive, int insensitive) {
        boolean[] a = ATOMS.computeIfAbsent(sensitive + ":" + atom, k -> atomTable(atom, sensitive));
        boolean[] b = ATOMS.computeIfAbsent(insensitive + ":" + atom, k -> atomTable(atom, insensitive));
        boolean[] t = new boolean[TABLE];
        for (int c = 0; c < TABLE; c++) {
            t[c] = a[c] | b[c];
        }
        return t;
    }

    /** What an atom admits below TABLE under the given flags. */
    static boolean[] atomTable(String atom, int flags) {
        Matcher m = Pattern.compile(atom, flags).matcher("");
        boolean[] t = new boolean[TABLE];
        for (char c = 0; c < TABLE; c++) {
            t[c] = m.reset(String.valueOf(c)).matches();
        }
        return t;
    }

    /**
     * First atoms (each a regex for one character), atoms that may be a whole match of the part, the atoms that
     * may follow each first atom within the part, whether the part may match empty, whether anything goes.
     */
    private record Node(Set<String> first, Set<String> single, Map<String, Set<String>> pairs, boolean nullable,
                        boolean any) {
        static Node empty() {
            return new Node(Set.of(), Set.of(), Map.of(), true, false);
        }

        static Node anything() {
            return new Node(Set.of(), Set.of(), Map.of(), true, true);
        }

        /** This part, then that one. */
        Node then(Node y) {
            Set<String> f = new LinkedHashSet<>(first);
            Set<String> s = new LinkedHashSet<>();
            Map<String, Set<String>> p = copy(pairs);
            if (nullable) {
                f.addAll(y.first);
                s.addAll(y.single);
                merge(p, y.pairs);
            }
            if (y.nullable) {
                s.addAll(single);
            }
            for (String a : single) {
                p.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(y.first);
            }
            boolean anything = any || (y.any && (nullable || !single.isEmpty()));
            return new Node(f, s, p, nullable && y.nullable, anything);
        }

        Node or(Node y) {
            Set<String> f = new LinkedHashSet<>(first);
            f.addAll(y.first);
            Set<String> s = new LinkedHashSet<>(single);
            s.addAll(y.single);
            Map<String, Set<String>> p = copy(pairs);
            merge(p, y.pairs);
            return new Node(f, s, p, nullable || y.nullable, any || y.any);
        }

        /** The part repeated: a one-character match may be followed by the part's first character. */
        Node repeated(boolean optional) {
            Map<String, Set<String>> p = copy(pairs);
            for (String a : single) {
                p.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(first);
            }
            return new Node(first, single, p, nullable || optional, any);
        }

        Node optional() {
            return new Node(first, single, pairs, true, any);
        }

        private static Map<String, Set<String>> copy(Map<String, Set<String>> m) {
            Map<String, Set<String>> c = new java.util.LinkedHashMap<>();
            merge(c, m);
            return c;
        }

        private static void merge(Map<String, Set<String>> into, Map<String, Set<String>> from) {
            for (Map.Entry<String, Set<String>> e : from.entrySet()) {
                into.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).addAll(e.getValue());
            }
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** A recursive-descent reader of the java.util.regex syntax the rule files use. */
    private static final class Reader {
        final String re;
        int pos;
        /** Atoms matched outside look-arounds; whether a back-reference there may match anything. */
        final Set<String> consumed = new LinkedHashSet<>();
        boolean consumesAnything;
        private int lookarounds;

        Reader(String re) {
            this.re = re;
        }

        Node alternation() {
            Node n = sequence();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                n = n.or(sequence());
            }
            return n;
        }

        private Node sequence() {
            Node n = Node.empty();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                n = n.then(quantified());
            }
            return n;
        }

        private Node quantified() {
            Node a = atom();
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
                pos++; // lazy or possessive: the same characters can begin
            }
            if (max >= 2) {
                return a.repeated(min == 0);
            }
            return min == 0 ? a.optional() : a;
        }

        private Node atom() {
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
                case '^', '$' -> {
                    pos++;
                    return Node.empty();
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

        private Node one(String atom) {
            if (lookarounds == 0) {
                consumed.add(atom);
            }
            return new Node(Set.of(atom), Set.of(atom), Map.of(), false, false);
        }

        private Node group() {
            pos++; // (
            boolean lookaround = false;
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
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
                // Inline flags, "(?i)" or "(?-i:...)": only case flags are understood (case is ignored anyway).
                int p = pos + 1;
                while (p < re.length() && (re.charAt(p) == 'i' || re.charAt(p) == 'u' || re.charAt(p) == '-')) {
                    p++;
                }
                if (p >= re.length() || (re.charAt(p) != ')' && re.charAt(p) != ':')) {
                    throw new Unsupported("group kind");
                }
                if (re.charAt(p) == ')') {
                    pos = p + 1;
                    return Node.empty();
                }
                pos = p + 1;
            }
            lookarounds += lookaround ? 1 : 0;
            Node inner = alternation();
            lookarounds -= lookaround ? 1 : 0;
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new Unsupported("unclosed group");
            }
            pos++;
            return lookaround ? Node.empty() : inner;
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

        private Node escape() {
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
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                    pos += 2;
                    return Node.empty();
                }
                case 'k' -> {
                    int close = re.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unsupported("back-reference");
                    }
                    pos = close + 1;
                    consumesAnything |= lookarounds == 0;
                    return Node.anything();
                }
                default -> {
                    if (e >= '1' && e <= '9') {
                        pos += 2;
                        while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
                            pos++;
                        }
                        consumesAnything |= lookarounds == 0;
                        return Node.anything();
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
