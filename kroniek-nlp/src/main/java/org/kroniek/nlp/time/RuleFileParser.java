package org.kroniek.nlp.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rule file ({@code nl.rules}, {@code en.rules}). Line kinds:
 * <pre>
 * lex NAME: key=value key ...     lexicon ('_' in a key stands for a space; a key without '=' maps to itself)
 * lex-quiet NAME: ...             a lexicon whose words do not make a sentence worth scanning (numbers)
 * lexre NAME: REGEX               an extra pattern alternative of a lexicon; its text passes through unmapped
 * def NAME = REGEX                a reusable pattern, referenced as {NAME}
 * rule REGEX => TYPE VALUE [mod=MOD]
 * prefix REGEX => TYPE:MOD ...    a modifier before a timex; MOD '-' widens the span only
 * past REGEX / future REGEX       tense cues
 * clause REGEX                    a clause boundary: a tense cue beyond one does not count
 * default-tense PAST|FUTURE|NONE  how a weekday with no tense cue is read (NONE: ahead)
 * nontrigger: word ...            pattern words too common to pre-filter on
 * </pre>
 * In patterns {lex} expands to the lexicon's keys and {lex:g} to a named group g whose text is replaced by
 * the lexicon value; {def} and {def:g} likewise for defs (the group keeps the raw text).
 */
final class RuleFileParser {
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([a-zA-Z][a-zA-Z_]*)(?::([a-zA-Z][a-zA-Z0-9]*))?\\}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final String LEFT = "(?<![\\p{L}\\p{N}])";
    static final String RIGHT = "(?![\\p{L}\\p{N}])";

    private final Map<String, Map<String, String>> lexicons = new LinkedHashMap<>();
    private final Set<String> quiet = new HashSet<>();
    private final Map<String, String> defs = new HashMap<>();
    private final Map<String, String> lexiconRegex = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    private final List<CuePattern> past = new ArrayList<>();
    private final List<CuePattern> future = new ArrayList<>();
    private CuePattern clause = new CuePattern(Pattern.compile("(?!)"));
    private Tense defaultTense = Tense.NONE;
    private final Set<String> nonTriggers = new HashSet<>();

    static RuleSet load(String language) {
        String resource = language + ".rules";
        try (InputStream in = RuleFileParser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no time rules for language '" + language + "'");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new RuleFileParser().parse(language, reader.lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RuleSet parse(String language, List<String> lines, String source) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                parseLine(line);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        Set<String> triggers = triggers();
        return new RuleSet(language, Map.copyOf(lexicons), List.copyOf(rules), List.copyOf(prefixes),
                List.copyOf(past), List.copyOf(future), clause, defaultTense, triggers,
                RuleStarts.of(rules), cueStarts(),
                RuleStarts.of(prefixes.stream().map(Prefix::pattern).toList(),
                        prefixes.stream().map(Prefix::first).toList()));
    }

    /** The tense cues numbered as {@link TenseCues} does: past cues, then future cues. */
    private RuleStarts cueStarts() {
        List<CuePattern> cues = new ArrayList<>(past);
        cues.addAll(future);
        return RuleStarts.of(cues.stream().map(CuePattern::pattern).toList(),
                cues.stream().map(CuePattern::first).toList());
    }

    private void parseLine(String line) {
        if (line.startsWith("lex ") || line.startsWith("lex-quiet ")) {
            int colon = line.indexOf(':');
            String name = line.substring(line.indexOf(' ') + 1, colon).strip();
            if (line.startsWith("lex-quiet ")) {
                quiet.add(name);
            }
            Map<String, String> lex = lexicons.computeIfAbsent(name, k -> new LinkedHashMap<>());
            for (String entry : line.substring(colon + 1).strip().split("\\s+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                String key = (eq < 0 ? entry : entry.substring(0, eq)).replace('_', ' ').toLowerCase(Locale.ROOT);
                lex.put(key, eq < 0 ? key : entry.substring(eq + 1));
            }
        } else if (line.startsWith("lexre ")) {
            int colon = line.indexOf(':');
            lexiconRegex.put(line.substring(6, colon).strip(), line.substring(colon + 1).strip());
        } else if (line.startsWith("def ")) {
            int eq = line.indexOf('=');
            defs.put(line.substring(4, eq).strip(), line.substring(eq + 1).strip());
        } else if (line.startsWith("nontrigger:")) {
            for (String w : line.substring(11).strip().split("\\s+")) {
                nonTriggers.add(w.toLowerCase(Locale.ROOT));
            }
        } else if (line.startsWith("default-tense ")) {
            defaultTense = Tense.valueOf(line.substring(14).strip());
        } else if (line.startsWith("clause ")) {
            clause = new CuePattern(Pattern.compile(line.substring(7).strip(), FLAGS));
        } else if (line.startsWith("past ")) {
            past.add(new CuePattern(compile(line.substring(5).strip())));
        } else if (line.startsWith("future ")) {
            future.add(new CuePattern(compile(line.substring(7).strip())));
        } else if (line.startsWith("prefix ")) {
            int arrow = line.lastIndexOf(" => ");
            Map<String, String> mods = new LinkedHashMap<>();
            for (String part : line.substring(arrow + 4).strip().split("\\s+")) {
                String[] tm = part.split(":", 2);
                mods.put(tm[0], tm[1]);
            }
            String regex = LEFT + "(?:" + expand(line.substring(7, arrow).strip(), new HashMap<>(), null)
                    + ")[\\s-]*$";
            Pattern prefix = Pattern.compile(regex, FLAGS);
            prefixes.add(new Prefix(prefix, Map.copyOf(mods), FirstChars.of(prefix)));
        } else if (line.startsWith("rule ")) {
            parseRule(line.substring(5));
        } else {
            throw new IllegalArgumentException("unknown line: " + line);
        }
    }

    private void parseRule(String body) {
        int arrow = body.lastIndexOf(" => ");
        if (arrow < 0) {
            throw new IllegalArgumentException("rule without ' => '");
        }
        String rhs = body.substring(arrow + 4).strip();
        String mod = null;
        Matcher modMatch = Pattern.compile("\\s+mod=([A-Z_]+)$").matcher(rhs);
        if (modMatch.find()) {
            mod = modMatch.group(1);
            rhs = rhs.substring(0, modMatch.start());
        }
        int space = rhs.indexOf(' ');
        String type = space < 0 ? rhs : rhs.substring(0, space);
        if (space < 0 || !Set.of("DATE", "TIME", "DURATION", "SET").contains(type)) {
            throw new IllegalArgumentException("bad type " + type);
        }
        ValueExpr value = ValueExpr.parse(rhs.substring(space + 1));
        Normalizer.check(value);
        Map<String, Map<String, String>> groupLex = new HashMap<>();
        String regex = body.substring(0, arrow).strip();
        Set<String> words = new HashSet<>();
        String expanded = expand(regex, groupLex, words);
        Pattern p = compileWrapped(regex, expanded);
        Set<String> groups = new HashSet<>();
        Matcher g = NAMED_GROUP.matcher(p.pattern());
        while (g.find()) {
            groups.add(g.group(1));
        }
        words.removeAll(nonTriggers);
        Set<String> required = requiredWords(regex);
        boolean digits = required == null && expanded.contains("\\d");
        // Without a required element the rule is filtered on all its words, which is sound only if every
        // lexicon key it may match has a trigger word; otherwise it is tried on every sentence (words = null).
        boolean filterable = required != null || (usedLexicons(regex).stream().allMatch(
                l -> quiet.contains(l) || lexiconWords(l) != null) && (!words.isEmpty() || digits));
        rules.add(new Rule(regex, p, type, value, mod, Set.copyOf(groups), Map.copyOf(groupLex), rules.size(),
                filterable ? Set.copyOf(required == null ? words : required) : null, digits, FirstChars.of(p)));
    }

    /**
     * Words of which every match must contain one: those of the first lexicon or literal word that stands
     * outside any group and is not optional. Null when the pattern has none (or a top-level alternative), so
     * the rule can only be filtered on all its words or digits.
     */
    private Set<String> requiredWords(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return null;
            }
        }
        depth = 0;
        inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                // Skip the escape, including the name of \k<name> and the class of \p{L}.
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
                int close = next == 'k' ? regex.indexOf('>', i) : next == 'p' || next == 'P' ? regex.indexOf('}', i) : -1;
                i = close > 0 ? close : i + 1;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> depth++;
                case ')' -> depth--;
                default -> {
                }
            }
            if (depth != 0) {
                continue;
            }
            if (c == '{') {
                Matcher m = MACRO.matcher(regex).region(i, regex.length());
                if (m.lookingAt()) {
                    Set<String> w = lexiconWords(m.group(1));
                    i = m.end() - 1;
                    if (w != null && !optionalAt(regex, m.end())) {
                        return w;
                    }
                }
            } else if (Character.isLetter(c) && (i == 0 || !Character.isLetter(regex.charAt(i - 1)))) {
                int j = i;
                while (j < regex.length() && Character.isLetter(regex.charAt(j))) {
                    j++;
                }
                String word = regex.substring(i, j).toLowerCase(Locale.ROOT);
                if (j - i >= 3 && !optionalAt(regex, j) && !nonTriggers.contains(word)) {
                    return Set.of(word);
                }
                i = j - 1;
            }
        }
        return null;
    }

    /** Names of the lexicons a pattern uses, directly or through defs. */
    private Set<String> usedLexicons(String regex) {
        Set<String> out = new HashSet<>();
        Matcher m = MACRO.matcher(regex);
        while (m.find()) {
            if (lexicons.containsKey(m.group(1))) {
                out.add(m.group(1));
            } else if (defs.containsKey(m.group(1))) {
                out.addAll(usedLexicons(defs.get(m.group(1))));
            }
        }
        return out;
    }

    private static boolean optionalAt(String regex, int pos) {
        return pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '*'
                || regex.startsWith("{0", pos));
    }

    /** The trigger words of a non-quiet lexicon if every key has one, else null. */
    private Set<String> lexiconWords(String name) {
        if (!lexicons.containsKey(name) || quiet.contains(name) || lexiconRegex.containsKey(name)) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String key : lexicons.get(name).keySet()) {
            boolean any = false;
            for (String w : key.split("[^\\p{L}]+")) {
                if (w.length() >= 3 && !nonTriggers.contains(w)) {
                    out.add(w);
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
        }
        return out;
    }

    private Pattern compile(String regex) {
        return compileWrapped(regex, expand(regex, new HashMap<>(), null));
    }

    private static Pattern compileWrapped(String regex, String expanded) {
        try {
            return Pattern.compile(LEFT + "(?:" + expanded + ")" + RIGHT, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad pattern " + regex + ": " + e.getDescription(), e);
        }
    }

    /**
     * Replaces the macros of a pattern; when {@code words} is given, collects the words a match may contain
     * (literal words and keys of non-quiet lexicons), which the pre-filter looks for.
     */
    private String expand(String regex, Map<String, Map<String, String>> groupLex, Set<String> words) {
        if (words != null) {
            String literal = MACRO.matcher(regex).replaceAll(" ").replaceAll("\\(\\?<[a-zA-Z0-9]+>", " ")
                    .replaceAll("\\\\[pPkK]\\{?<?\\w+[}>]?", " ");
            Matcher w = WORD.matcher(literal);
            while (w.find()) {
                words.add(w.group().toLowerCase(Locale.ROOT));
            }
        }
        Matcher m = MACRO.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String group = m.group(2);
            String body;
            if (lexicons.containsKey(name)) {
                body = alternation(lexicons.get(name).keySet());
                if (lexiconRegex.containsKey(name)) {
                    body = body + "|" + lexiconRegex.get(name);
                }
                if (group != null) {
                    groupLex.put(group, lexicons.get(name));
                }
                if (words != null && !quiet.contains(name)) {
                    for (String key : lexicons.get(name).keySet()) {
                        for (String w : key.split("[^\\p{L}]+")) {
                            if (w.length() >= 3) {
                                words.add(w);
                            }
                        }
                    }
                }
            } else if (defs.containsKey(name)) {
                body = expand(defs.get(name), groupLex, words);
            } else {
                throw new IllegalArgumentException("unknown lexicon or def {" + name + "}");
            }
            String replacement = group == null ? "(?:" + body + ")" : "(?<" + group + ">" + body + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The keys as one regex, factored into a trie ("ma(?:art|andag)") so that a position that cannot start any
     * key fails on its first character; longer keys are tried before their prefixes ("kerstdag" before "kerst").
     */
    static String alternation(Set<String> keys) {
        if (keys.isEmpty()) {
            return "(?!)";
        }
        TrieNode root = new TrieNode();
        for (String k : keys) {
            TrieNode n = root;
            for (char c : k.toCharArray()) {
                n = n.children.computeIfAbsent(c, x -> new TrieNode());
            }
            n.end = true;
        }
        return root.regex();
    }

    private static final class TrieNode {
        final Map<Character, TrieNode> children = new java.util.TreeMap<>();
        boolean end;

        String regex() {
            List<String> branches = new ArrayList<>();
            for (Map.Entry<Character, TrieNode> e : children.entrySet()) {
                char c = e.getKey();
                String ch = c == ' ' ? "\\s+" : Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
                if (!Character.isLetterOrDigit(c) && c != ' ' && c > 127) {
                    ch = String.valueOf(c);
                }
                branches.add(ch + e.getValue().regex());
            }
            if (branches.isEmpty()) {
                return "";
            }
            String alt = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            // Greedy optional: the longer key is tried first and the engine backtracks to the shorter one.
            return end ? "(?:" + alt + ")?" : alt;
        }
    }

    private Set<String> triggers() {
        Set<String> t = new HashSet<>();
        for (Rule r : rules) {
            if (r.words() != null) {
                t.addAll(r.words());
            }
        }
        return Set.copyOf(t);
    }
}
