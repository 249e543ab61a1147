package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the lexicon's words in a sentence: runs of words first, then single words by lemma, by the last part of a
 * compound lemma, by word form, and nouns by their compound head ("luchtaanvallen" -> "aanval"). An entry holds
 * only when its part of speech, particle and "with" conditions hold in the word's clause; of the entries that
 * hold for one word, the most specific win ("riep ... op" is REQUEST, "riep ... terug" SANCTION).
 */
final class TriggerFinder {
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
            } else if (entry.specificity() > rival.specificity()) {
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
        if (entry.particle() != null && !inClause(s, clauses, first, last, entry.particle(), true)) {
            return false;
        }
        if (!entry.with().isEmpty()) {
            boolean found = false;
            for (String word : entry.with()) {
                if (inClause(s, clauses, first, last, word, false)) {
                    found = true;
                    break;
                }
            }
            return found;
        }
        return true;
    }

    /** Whether a word stands elsewhere in the clause (a particle: after the verb, as a word of its own). */
    private static boolean inClause(SentenceView s, Clauses clauses, int first, int last, String word,
                                    boolean particle) {
        int clause = clauses.of(first);
        int from = particle ? last + 1 : 0;
        for (int j = from; j < s.size(); j++) {
            if (j >= first && j <= last || clauses.of(j) != clause) {
                continue;
            }
            if (particle ? s.form(j).equals(word) : s.matches(j, word)) {
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
