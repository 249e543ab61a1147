package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the lexicon's words in a sentence: runs of words first, then single words by lemma, by the last part of a
 * compound lemma, by word form, and nouns by their compound head ("luchtaanvallen" -> "aanval"). An entry holds
 * only when its part of speech, particle and "with" conditions hold in the word's clause; of the entries that
 * hold for one word, the most specific win ("riep ... op" is REQUEST, "riep ... terug" SANCTION).
 */
final class TriggerFinder {
    private static final Set<String> ENGLISH_DETERMINERS = Set.of("the", "a", "an", "this", "these", "those",
            "its", "their", "his", "her", "our", "my", "your", "whose", "each", "every", "any", "no");
    private static final Set<String> QUOTE_OR_COLON = Set.of("\"", "``", "''", "'", ":", "(", "“", "‘");
    private final EventLexicon lexicon;

    TriggerFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<TriggerHit> find(SentenceView s, Clauses clauses) {
        List<TriggerHit> hits = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int phraseEnd = matchPhrases(s, clauses, i, hits);
            if (phraseEnd >= 0) {
                i = phraseEnd + 1;
                continue;
            }
            matchSingle(s, clauses, i, hits);
            i++;
        }
        return hits;
    }

    private int matchPhrases(SentenceView s, Clauses clauses, int i, List<TriggerHit> hits) {
        int bestEnd = -1;
        LexiconEntry best = null;
        for (String key : keys(s, i)) {
            for (LexiconEntry entry : lexicon.phrasesStartingWith(key)) {
                int end = i + entry.words().size() - 1;
                if (end >= s.size() || end <= bestEnd) {
                    continue;
                }
                boolean all = true;
                for (int k = 1; k < entry.words().size() && all; k++) {
                    all = s.matches(i + k, entry.words().get(k));
                }
                if (all && conditionsHold(s, clauses, i, end, entry)) {
                    bestEnd = end;
                    best = entry;
                }
            }
        }
        if (best != null) {
            hits.add(new TriggerHit(i, bestEnd, best, best.kind() == EntryKind.EVENT && isNounPhrase(s, i, bestEnd)));
        }
        return bestEnd;
    }

    private void matchSingle(SentenceView s, Clauses clauses, int i, List<TriggerHit> hits) {
        List<LexiconEntry> holding = new ArrayList<>();
        for (String key : keys(s, i)) {
            // the last part of a compound lemma ("uit_sluiten" -> "sluiten") only stands for particle verbs whose
            // particle must then be found: "riep ... op" tagged "toe_roepen"
            boolean partOnly = !key.equals(s.lemma(i)) && !key.equals(s.form(i));
            for (LexiconEntry entry : lexicon.single(key)) {
                if (partOnly && entry.particle() == null) {
                    continue;
                }
                if (!holding.contains(entry) && conditionsHold(s, clauses, i, i, entry)) {
                    holding.add(entry);
                }
            }
        }
        if (holding.isEmpty() && isNounish(s, i)) {
            String head = lexicon.compoundHead(s.lemma(i));
            for (LexiconEntry entry : lexicon.single(head)) {
                if (entry.kind() == EntryKind.EVENT && !"VERB".equals(entry.pos())
                        && conditionsHold(s, clauses, i, i, entry)) {
                    holding.add(entry);
                }
            }
        }
        if (holding.isEmpty()) {
            return;
        }
        // one reading per kind, the most specific: "riep ... op" is REQUEST, "riep ... terug" SANCTION
        List<LexiconEntry> chosen = new ArrayList<>();
        for (LexiconEntry entry : holding) {
            LexiconEntry rival = chosen.stream().filter(c -> c.kind() == entry.kind()).findFirst().orElse(null);
            if (rival == null) {
                chosen.add(entry);
            } else if (entry.specificity() > rival.specificity() || entry.specificity() == rival.specificity()
                    && withDistance(s, clauses, i, entry) < withDistance(s, clauses, i, rival)) {
                chosen.set(chosen.indexOf(rival), entry);
            }
        }
        int bestEvent = chosen.stream().filter(e -> e.kind() == EntryKind.EVENT)
                .mapToInt(LexiconEntry::specificity).max().orElse(-1);
        for (LexiconEntry entry : chosen) {
            // a plainer event reading loses to a more specific reading of another kind ("stelt uit" is FAIL)
            if (entry.kind() == EntryKind.EVENT || entry.specificity() >= bestEvent || entry.kind().isModeCue()) {
                hits.add(new TriggerHit(i, i, entry, isNounish(s, i) && entry.kind() == EntryKind.EVENT));
            }
        }
    }

    private static List<String> keys(SentenceView s, int i) {
        String lemma = s.lemma(i);
        String last = s.lastPart(i);
        String form = s.form(i);
        List<String> keys = new ArrayList<>(3);
        keys.add(lemma);
        if (!last.equals(lemma)) {
            keys.add(last);
        }
        if (!form.equals(lemma) && !form.equals(last)) {
            keys.add(form);
        }
        return keys;
    }

    private static boolean conditionsHold(SentenceView s, Clauses clauses, int first, int last, LexiconEntry entry) {
        if (entry.pos() != null && s.hasTags() && first == last) {
            boolean noun = isNounish(s, first);
            if (entry.pos().equals("NOUN") != noun) {
                return false;
            }
        }
        if (!s.hasTags() && entry.kind() == EntryKind.EVENT && (isCapitalisedInside(s, first)
                || "VERB".equals(entry.pos()) && afterDeterminer(s, first))) {
            return false;
        }
        if (entry.particle() != null && !particleInClause(s, clauses, last, entry.particle())) {
            return false;
        }
        return entry.with().isEmpty() || withInClause(s, clauses, first, last, entry.with(), entry.object());
    }

    /**
     * Whether one of the words stands elsewhere in the clause, or after the trigger for an object (patterns list up
     * to hundreds of object words).
     */
    private static boolean withInClause(SentenceView s, Clauses clauses, int first, int last, Set<String> with,
                                        boolean object) {
        int clause = clauses.of(first);
        for (int j = object ? last + 1 : 0; j < s.size(); j++) {
            if (j >= first && j <= last || clauses.of(j) != clause) {
                continue;
            }
            if (with.contains(s.lemma(j)) || with.contains(s.form(j)) || with.contains(s.lastPart(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far the nearest "with" word of an entry stands from the trigger; words after it (its object) count as
     * nearer than words before it: "suspended aid deliveries ... after vehicles were hit by gunfire" stops aid.
     */
    private static int withDistance(SentenceView s, Clauses clauses, int i, LexiconEntry entry) {
        if (entry.with().isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int clause = clauses.of(i);
        int best = Integer.MAX_VALUE;
        for (int j = 0; j < s.size(); j++) {
            if (j != i && (j > i || !entry.object()) && clauses.of(j) == clause && (entry.with().contains(s.lemma(j))
                    || entry.with().contains(s.form(j)) || entry.with().contains(s.lastPart(j)))) {
                best = Math.min(best, j > i ? j - i : s.size() + i - j);
            }
        }
        return best;
    }

    /**
     * Without a tagger (English): a capitalised word inside a sentence is a name or a month ("March", "United
     * Bus Company", "Canadian Press"), not an event word.
     */
    private static boolean isCapitalisedInside(SentenceView s, int i) {
        if (i == 0 || QUOTE_OR_COLON.contains(s.form(i - 1))) {
            return false;
        }
        String text = s.text(i, i);
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /**
     * Without a tagger (English): a verb-dictionary word right after a determiner, possessive or number, adverbs
     * aside, is a noun or a participle used as an adjective ("an unprecedented move", "the defeated Fatah Party",
     * "the recently imposed Sharia law"), not the verb of a clause.
     */
    private static boolean afterDeterminer(SentenceView s, int i) {
        int j = i - 1;
        while (j >= 0 && s.form(j).endsWith("ly") && s.form(j).length() > 4) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        String before = s.form(j);
        return ENGLISH_DETERMINERS.contains(before) || !before.isEmpty() && Character.isDigit(before.charAt(0));
    }

    /** Whether a separable particle stands after the verb in its clause, as a word of its own. */
    private static boolean particleInClause(SentenceView s, Clauses clauses, int last, String particle) {
        int clause = clauses.of(last);
        for (int j = last + 1; j < s.size(); j++) {
            if (clauses.of(j) == clause && s.form(j).equals(particle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNounish(SentenceView s, int i) {
        String pos = s.pos(i);
        return pos != null && (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("X"));
    }

    private static boolean isNounPhrase(SentenceView s, int first, int last) {
        for (int i = last; i >= first; i--) {
            if (s.isVerb(i)) {
                return false;
            }
            if (isNounish(s, i)) {
                return true;
            }
        }
        return false;
    }
}
