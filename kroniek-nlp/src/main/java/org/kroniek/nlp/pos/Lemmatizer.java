package org.kroniek.nlp.pos;

import java.util.Locale;

/**
 * Lemmas following UD Dutch conventions: first the training data's lemma for (form, UPOS), then the lexicon's
 * lemma for the tagged reading, then suffix rules for unknown words; finally compounds and separable verbs are
 * written with {@code _} between their parts, as UD Dutch (Alpino) does. Closed-class words (pronouns,
 * determiners, adpositions, conjunctions) keep their lowercased form; proper nouns, symbols and punctuation keep
 * their form. Thread-safe.
 */
public final class Lemmatizer {
    private final LemmaMemory memory;
    private final DutchLexicon lexicon;
    private final CompoundSplitter compounds;

    public Lemmatizer(LemmaMemory memory, DutchLexicon lexicon) {
        this.memory = memory;
        this.lexicon = lexicon;
        this.compounds = new CompoundSplitter(lexicon, memory);
    }

    public String lemma(String form, Upos upos) {
        return lemma(form, upos, lexicon.lookup(form));
    }

    /** The lemma of verb {@code i} of a tagged sentence, joined with its split-off particle if it has one. */
    String verbLemma(String[] words, Upos[] tags, int i, LexiconEntry entry) {
        return withParticle(words, tags, i, lemma(words[i], tags[i], entry));
    }

    /** {@code plain}, the context-free lemma of verb {@code i}, joined with its split-off particle if found. */
    String withParticle(String[] words, Upos[] tags, int i, String plain) {
        String joined = SeparableVerbs.lemma(words, tags, i, plain, compounds);
        return joined != null ? joined : plain;
    }

    /** The context-free lemma of a cached word as {@code upos}, memoised in the word's cache entry. */
    String lemma(WordInfo word, Upos upos) {
        String lemma = word.lemmas[upos.ordinal()];
        if (lemma == null) {
            lemma = lemma(word.form, upos, word.entry);
            word.lemmas[upos.ordinal()] = lemma;
        }
        return lemma;
    }

    String lemma(String form, Upos upos, LexiconEntry entry) {
        String seen = memory.lemma(form, upos);
        if (seen != null) {
            return seen;
        }
        String lower = form.toLowerCase(Locale.ROOT);
        if (upos != Upos.PROPN && !lower.equals(form)) {
            seen = memory.lemma(lower, upos);
            if (seen != null) {
                return seen;
            }
        }
        return switch (upos) {
            case PUNCT, SYM, X -> form;
            case PROPN -> properNoun(form, entry);
            case PRON, DET, ADP, CCONJ, SCONJ, INTJ, PART, ADV -> lower;
            case NUM -> numeral(form, lower, entry);
            case NOUN, VERB, AUX, ADJ -> openClass(form, lower, upos, entry);
        };
    }

    /** Proper nouns keep their form, except where the lexicon knows a base ({@code NIJMEGEN}, {@code Afrikanen}). */
    private static String properNoun(String form, LexiconEntry entry) {
        String lex = entry.lemma(Upos.PROPN);
        if (lex != null && lex.equalsIgnoreCase(form) && CalendarWords.isCalendarWord(lex)) {
            return lex;
        }
        if (lex == null) {
            lex = entry.lemma(Upos.NOUN);
        }
        if (lex != null && !lex.isEmpty() && Character.isUpperCase(lex.charAt(0)) && lex.indexOf('-') < 0) {
            return lex;
        }
        return form;
    }

    private static String numeral(String form, String lower, LexiconEntry entry) {
        if (!form.isEmpty() && Character.isDigit(form.charAt(0))) {
            return form;
        }
        String lex = entry.lemma(Upos.NUM);
        return lex != null ? lex : lower;
    }

    private String openClass(String form, String lower, Upos upos, LexiconEntry entry) {
        if (upos == Upos.ADJ && isDigitOrdinal(lower)) {
            return lower.substring(0, firstNonDigit(lower));
        }
        int hyphen = form.lastIndexOf('-');
        if (upos == Upos.NOUN && hyphen > 0 && hyphen < form.length() - 1) {
            String last = form.substring(hyphen + 1);
            String lastLemma = openClass(last, last.toLowerCase(Locale.ROOT), upos, lexicon.lookup(last));
            return form.substring(0, hyphen).replace('-', '_') + "_" + lastLemma;
        }
        String lex = preferredLemma(entry, upos);
        if (lex == null && upos == Upos.AUX) {
            lex = entry.lemma(Upos.VERB);
        }
        if (lex == null) {
            boolean keepCase = upos == Upos.ADJ && !form.isEmpty() && Character.isUpperCase(form.charAt(0));
            lex = SuffixRules.lemma(keepCase ? form : lower, upos, lexicon);
            return upos == Upos.AUX ? lex : compounds.split(lex, upos);
        } else if (upos != Upos.ADJ && !lex.equals(form) && Character.isUpperCase(lex.charAt(0))
                && !Character.isUpperCase(lower.charAt(0))) {
            lex = lex.toLowerCase(Locale.ROOT);
        }
        return upos == Upos.AUX ? lex : compounds.split(lex, upos);
    }

    /** The lexicon lemma for {@code upos}; among several, one the training data used ({@code leek}: lijken). */
    private String preferredLemma(LexiconEntry entry, Upos upos) {
        String[] candidates = entry.lemmaCandidates(upos);
        if (candidates.length == 0) {
            return null;
        }
        for (String candidate : candidates) {
            if (memory.isKnownLemma(candidate, upos)) {
                return candidate;
            }
        }
        return candidates[0];
    }

    /** {@code 49ste}, {@code 3de}, {@code 21e}: UD Dutch lemmatises digit ordinals to the number. */
    private static boolean isDigitOrdinal(String w) {
        int d = firstNonDigit(w);
        if (d == 0 || d == w.length()) {
            return false;
        }
        String rest = w.substring(d);
        return rest.equals("ste") || rest.equals("de") || rest.equals("e");
    }

    private static int firstNonDigit(String w) {
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i))) {
            i++;
        }
        return i;
    }
}
