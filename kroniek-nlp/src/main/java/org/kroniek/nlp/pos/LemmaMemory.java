package org.kroniek.nlp.pos;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lemmas seen in the training data, keyed by (form, UPOS): the surest way to follow UD Dutch conventions for
 * the frequent words (pronouns keep their form, {@code eerste} becomes {@code één}, compounds are split).
 * Also tells which forms the training data contained, for the "unknown word" figures.
 */
public final class LemmaMemory {
    private final Map<String, String> lemmas;
    /** The same lemmas indexed form -> UPOS ordinal, so lookups build no key strings. */
    private final Map<String, String[]> byForm;
    private final Set<String> forms;
    private final Set<String> knownLemmas;
    /** Per training lemma, the UPOS tags (bit mask) it was the lemma of. */
    private final Map<String, Integer> lemmaUpos;
    private final Map<String, String> splitByJoined;

    LemmaMemory(Map<String, String> lemmas, Set<String> forms) {
        this.lemmas = Map.copyOf(lemmas);
        this.forms = Set.copyOf(forms);
        Map<String, String[]> index = new HashMap<>();
        lemmas.forEach((key, lemma) -> {
            int tab = key.indexOf('\t');
            index.computeIfAbsent(key.substring(0, tab), k -> new String[Upos.COUNT])
                    [Upos.parse(key.substring(tab + 1)).ordinal()] = lemma;
        });
        this.byForm = Map.copyOf(index);
        Map<String, Integer> uposOfLemma = new HashMap<>();
        lemmas.forEach((key, lemma) -> uposOfLemma.merge(lemma,
                Upos.parse(key.substring(key.indexOf('\t') + 1)).bit(), (a, b) -> a | b));
        this.lemmaUpos = Map.copyOf(uposOfLemma);
        this.knownLemmas = Set.copyOf(lemmas.values());
        Map<String, String> joined = new HashMap<>();
        for (String lemma : knownLemmas) {
            if (lemma.indexOf('_') > 0) {
                joined.putIfAbsent(lemma.replace("_", ""), lemma);
            }
        }
        this.splitByJoined = Map.copyOf(joined);
    }

    /**
     * How the training data wrote a compound lemma, given it without boundaries ({@code kilometer} ->
     * {@code kilo_meter}); the lemma itself if the training data used it unsplit; otherwise null.
     */
    String trainedCompound(String joinedLemma) {
        String split = splitByJoined.get(joinedLemma);
        if (split != null) {
            return split;
        }
        return knownLemmas.contains(joinedLemma) ? joinedLemma : null;
    }

    /** Whether some training word had this lemma: a frequency prior when the lexicon offers several. */
    public boolean isKnownLemma(String lemma) {
        return knownLemmas.contains(lemma);
    }

    /** Whether some training word tagged {@code upos} had this lemma ({@code reed}: rijden, not the noun reden). */
    boolean isKnownLemma(String lemma, Upos upos) {
        Integer mask = lemmaUpos.get(lemma);
        return mask != null && (mask & upos.bit()) != 0;
    }

    static String key(String form, Upos upos) {
        return form + '\t' + upos.name();
    }

    /** The training lemma of {@code form} as {@code upos}, or null. */
    public String lemma(String form, Upos upos) {
        String[] perUpos = byForm.get(form);
        return perUpos == null ? null : perUpos[upos.ordinal()];
    }

    /** Whether the training data contained this exact form. */
    public boolean isKnownForm(String form) {
        return forms.contains(form);
    }

    Map<String, String> entries() {
        return Collections.unmodifiableMap(lemmas);
    }

    Set<String> forms() {
        return forms;
    }

    /** Counts lemmas per (form, UPOS) and keeps the most frequent one (ties: first seen). */
    static final class Builder {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final java.util.Set<String> forms = new java.util.HashSet<>();

        void add(String form, Upos upos, String lemma) {
            forms.add(form);
            counts.computeIfAbsent(key(form, upos), k -> new java.util.LinkedHashMap<>()).merge(lemma, 1, Integer::sum);
        }

        LemmaMemory build() {
            Map<String, String> best = new HashMap<>();
            counts.forEach((key, byLemma) -> best.put(key,
                    byLemma.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
            return new LemmaMemory(best, forms);
        }
    }
}
