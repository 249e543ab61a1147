package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Divides a sentence into clauses with word lists and UPOS tags rather than a parser: a subordinating conjunction
 * opens a complement or adverbial clause, a relative pronoun after a noun or comma opens a relative clause,
 * "om ... te" a purpose clause, quotation marks a quote; a comma after a subordinate clause's verb, or a
 * semicolon, returns to the clause above.
 */
final class ClauseSegmenter {
    private final Set<String> complementizers;
    private final Set<String> adverbialConjunctions;
    private final Set<String> relativePronouns;
    private final Set<String> mainClauseConjunctions;
    private final String purposeMarker;
    private final String infinitiveMarker;

    private ClauseSegmenter(Set<String> complementizers, Set<String> adverbialConjunctions,
                            Set<String> relativePronouns, Set<String> mainClauseConjunctions, String purposeMarker,
                            String infinitiveMarker) {
        this.complementizers = complementizers;
        this.adverbialConjunctions = adverbialConjunctions;
        this.relativePronouns = relativePronouns;
        this.mainClauseConjunctions = mainClauseConjunctions;
        this.purposeMarker = purposeMarker;
        this.infinitiveMarker = infinitiveMarker;
    }

    static ClauseSegmenter forLanguage(String language) {
        if (language.equals("en")) {
            return new ClauseSegmenter(Set.of("that", "whether"),
                    Set.of("because", "after", "before", "while", "when", "although", "though", "since", "unless",
                            "until", "if", "whereas"),
                    Set.of("who", "which", "whom", "whose", "where"), Set.of("but"), null, null);
        }
        return new ClauseSegmenter(Set.of("dat", "of"),
                Set.of("omdat", "nadat", "terwijl", "zodat", "wanneer", "voordat", "hoewel", "doordat", "sinds",
                        "als", "toen", "zodra", "tenzij", "indien", "opdat", "totdat"),
                Set.of("die", "dat", "wat", "welke", "wie"), Set.of("maar", "want", "doch"), "om", "te");
    }

    Clauses segment(SentenceView s) {
        int n = s.size();
        int[] clauseOf = new int[n];
        List<ClauseKind> kinds = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<Boolean> hasVerb = new ArrayList<>();
        kinds.add(ClauseKind.MAIN);
        parents.add(-1);
        hasVerb.add(false);
        int current = 0;
        boolean inQuote = false;
        int quoteParent = -1;
        for (int i = 0; i < n; i++) {
            String form = s.form(i);
            if (isQuoteMark(form)) {
                if (!inQuote) {
                    quoteParent = current;
                    current = open(kinds, parents, hasVerb, ClauseKind.QUOTE, current);
                } else {
                    clauseOf[i] = current;
                    current = quoteParent;
                    inQuote = false;
                    continue;
                }
                inQuote = true;
            } else if (!inQuote && (form.equals(";") || form.equals(":"))) {
                current = open(kinds, parents, hasVerb, ClauseKind.MAIN, -1);
            } else if (!inQuote && i > 0 && form.equals(",") && current != 0 && kinds.get(current) != ClauseKind.MAIN
                    && hasVerb.get(current)) {
                current = parents.get(current) < 0 ? 0 : parents.get(current);
            } else if (i > 0 && mainClauseConjunctions.contains(form) && s.form(i - 1).equals(",")) {
                current = open(kinds, parents, hasVerb, ClauseKind.MAIN, -1);
            } else if (isRelative(s, i)) {
                current = open(kinds, parents, hasVerb, ClauseKind.RELATIVE, current);
            } else if (isComplementizer(s, i) || isIndirectQuestion(s, i, hasVerb.get(current))) {
                current = open(kinds, parents, hasVerb, ClauseKind.COMPLEMENT, current);
            } else if (isAdverbialConjunction(s, i)) {
                current = open(kinds, parents, hasVerb, ClauseKind.ADVERBIAL, current);
            } else if (purposeMarker != null && form.equals(purposeMarker) && infinitiveFollows(s, i)) {
                current = open(kinds, parents, hasVerb, ClauseKind.PURPOSE, current);
            }
            clauseOf[i] = current;
            if (s.isVerb(i)) {
                hasVerb.set(current, true);
            }
        }
        return new Clauses(clauseOf, kinds, parents);
    }

    private static int open(List<ClauseKind> kinds, List<Integer> parents, List<Boolean> hasVerb, ClauseKind kind,
                            int parent) {
        kinds.add(kind);
        parents.add(parent);
        hasVerb.add(false);
        return kinds.size() - 1;
    }

    private static boolean isQuoteMark(String form) {
        return form.equals("\"") || form.equals("“") || form.equals("”") || form.equals("„");
    }

    private boolean isComplementizer(SentenceView s, int i) {
        if (!complementizers.contains(s.form(i))) {
            return false;
        }
        if (!s.hasTags()) {
            return true;
        }
        return s.is(i, "SCONJ");
    }

    /** "zei niet waar de gesprekken plaatsvinden": a question word after the clause's verb opens its object. */
    private static boolean isIndirectQuestion(SentenceView s, int i, boolean clauseHasVerb) {
        if (!s.hasTags() || !clauseHasVerb || i == 0 || s.isNominal(i - 1) || s.form(i - 1).equals(",")) {
            return false;
        }
        String form = s.form(i);
        return (form.equals("waar") || form.equals("hoe") || form.equals("waarom") || form.equals("wanneer")
                || form.equals("wie")) && (s.is(i, "ADV") || s.is(i, "PRON") || s.is(i, "SCONJ"));
    }

    private boolean isAdverbialConjunction(SentenceView s, int i) {
        if (!adverbialConjunctions.contains(s.form(i))) {
            return false;
        }
        if (!s.hasTags()) {
            return i > 0 && s.form(i - 1).equals(",") || i == 0;
        }
        // "als waarnemer naar de gesprekken" is no clause; ", sinds het land ... begon" is, though tagged ADP
        boolean opens = s.is(i, "SCONJ") || s.is(i, "ADP") && (i == 0 || s.form(i - 1).equals(","));
        return opens && verbFollows(s, i);
    }

    private static boolean verbFollows(SentenceView s, int i) {
        for (int j = i + 1; j < s.size(); j++) {
            String form = s.form(j);
            if (form.equals(",") || form.equals(".") || form.equals(";")) {
                return false;
            }
            if (s.isVerb(j)) {
                return true;
            }
        }
        return false;
    }

    /** "die"/"dat" after a noun or comma, "waarover"/"waarin" after a noun; "who"/"which" in English. */
    private boolean isRelative(SentenceView s, int i) {
        if (i == 0) {
            return false;
        }
        String form = s.form(i);
        boolean afterNoun = s.hasTags() ? s.isNominal(i - 1) || s.form(i - 1).equals(",")
                : true;
        if (relativePronouns.contains(form)) {
            return afterNoun && (!s.hasTags() || s.is(i, "PRON"));
        }
        return s.hasTags() && form.startsWith("waar") && form.length() > 4 && afterNoun;
    }

    private boolean infinitiveFollows(SentenceView s, int i) {
        for (int j = i + 1; j < s.size() && j < i + 15; j++) {
            String form = s.form(j);
            if (form.equals(infinitiveMarker)) {
                return true;
            }
            if (form.equals(",") || form.equals(".") || (s.hasTags() && s.is(j, "SCONJ"))) {
                return false;
            }
        }
        return false;
    }
}
