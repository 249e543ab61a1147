package org.kroniek.nlp.pos;

import java.util.Locale;
import java.util.Set;

/**
 * Writes lemmas of compounds the way UD Dutch (Alpino) does: parts joined by {@code _}, each modifier in its
 * own lemma form without linking sounds ({@code levensstijl} -> {@code leven_stijl}, {@code loonkostensubsidie}
 * -> {@code loon_kost_subsidie}), hyphens as part boundaries ({@code G8-top} -> {@code G8_top}) and separable
 * verb particles split off ({@code meedoen} -> {@code mee_doen}).
 *
 * <p>A split needs a head that the lexicon knows as a lemma of the same word class and a modifier it knows as a
 * noun, adjective, numeral or verb stem; particles such as {@code voor}/{@code onder} are not modifiers, which
 * keeps lexicalised words like {@code voorzitter} whole. Results are cached (bounded) because splitting walks
 * the lexicon once per split point.
 */
final class CompoundSplitter {
    private static final int MIN_MODIFIER = 5;
    private static final int MIN_HEAD = 4;
    private static final int CACHE_LIMIT = 200_000;
    /** Separable verb particles that UD Dutch splits off verb lemmas. */
    private static final String[] PARTICLES = {"aan", "achter", "af", "bij", "binnen", "bloot", "dicht", "door",
            "heen", "in", "langs", "los", "mee", "na", "neer", "om", "onder", "op", "over", "rond", "samen", "tegen",
            "terug", "thuis", "toe", "uit", "vast", "voor", "voorbij", "vrij", "weg", "teleur", "plaats", "deel",
            "stil", "open", "schoon", "klaar", "goed", "kwijt", "bekend", "gelijk", "kapot", "mis", "tekort",
            "voort", "weer", "belang", "tegemoet", "vol", "bezig", "terecht", "verder"};
    private static final String[] ADJECTIVE_HEADS = {"lang", "jarig", "vol", "voudig", "gericht"};
    private static final Set<String> PARTICLE_SET = Set.of(PARTICLES);
    private static final Set<String> AMBIGUOUS_PARTICLES = Set.of("over", "onder", "door", "om", "voor", "achter",
            "mis", "vol", "weer");
    /**
     * Derivational endings that are also words: {@code eigenschap} is not {@code eigen_schap}, {@code scheiding}
     * not {@code schei_ding}, {@code omroepster} not {@code omroep_ster}.
     */
    private static final Set<String> BAD_HEADS = Set.of("schap", "ding", "ting", "ping", "ring", "king", "ling",
            "isme", "nier", "list", "aard", "ster", "lander", "stander", "tandster", "heid", "dom", "nis");
    private static final Set<String> NOT_MODIFIERS = Set.of("ver", "ont", "her", "be", "ge", "er");

    private final DutchLexicon lexicon;
    private final LemmaMemory memory;
    /** Split results per UPOS ordinal, keyed by lemma. */
    private final WordCache<String>[] cache;

    /** @param memory the training lemmas: compounds it split (or kept whole) are written the same way */
    CompoundSplitter(DutchLexicon lexicon, LemmaMemory memory) {
        this.lexicon = lexicon;
        this.memory = memory;
        @SuppressWarnings("unchecked")
        WordCache<String>[] caches = new WordCache[Upos.COUNT];
        for (Upos u : Upos.values()) {
            caches[u.ordinal()] = new WordCache<>(CACHE_LIMIT, lemma -> compute(lemma, u));
        }
        this.cache = caches;
    }

    /** The UD-style lemma for a (lexicon or rule) lemma of a word tagged {@code upos}. */
    String split(String lemma, Upos upos) {
        if (upos != Upos.NOUN && upos != Upos.VERB && upos != Upos.ADJ && upos != Upos.PROPN) {
            return lemma;
        }
        return cache[upos.ordinal()].get(lemma);
    }

    private String compute(String lemma, Upos upos) {
        int hyphen = lemma.lastIndexOf('-');
        if (hyphen > 0 && hyphen < lemma.length() - 1) {
            return lemma.replace('-', '_');
        }
        if (upos == Upos.PROPN) {
            return lemma;
        }
        if (upos == Upos.VERB) {
            return splitParticle(lemma);
        }
        if (upos == Upos.ADJ) {
            return splitAdjective(lemma);
        }
        return splitCompound(lemma, upos);
    }

    private String splitParticle(String lemma) {
        for (String particle : PARTICLES) {
            if (lemma.length() > particle.length() + 2 && lemma.startsWith(particle)) {
                String rest = lemma.substring(particle.length());
                if (isLemmaOf(rest, Upos.VERB) && isSeparable(particle, rest, lemma)) {
                    return particle + "_" + rest;
                }
            }
        }
        return lemma;
    }

    /**
     * Particles like {@code over}/{@code door} also form inseparable verbs ({@code overtuigen}, {@code
     * doorgronden}), which UD Dutch does not split; for those, the lexicon must list a split-off form.
     */
    private boolean isSeparable(String particle, String rest, String lemma) {
        if (!AMBIGUOUS_PARTICLES.contains(particle)) {
            return true;
        }
        return lexicon.lookup(rest).isSeparablePartOf(lemma);
    }

    /** Whether {@code particle + verbLemma} is a separable verb the lexicon knows. */
    boolean isParticleVerb(String particle, String verbLemma) {
        String lemma = particle + verbLemma;
        return PARTICLE_SET.contains(particle) && isLemmaOf(lemma, Upos.VERB);
    }

    /**
     * Adjectives are split only before the few heads UD Dutch treats as compound parts ({@code jarenlang} ->
     * {@code jaar_lang}, {@code vierjarige} -> {@code vier_jarig}); most other adjectives that look like
     * compounds ({@code eindeloos}, {@code maatschappelijk}) are kept whole in the treebank.
     */
    private String splitAdjective(String lemma) {
        for (String head : ADJECTIVE_HEADS) {
            if (lemma.length() >= head.length() + 3 && lemma.endsWith(head)) {
                String part = lemma.substring(0, lemma.length() - head.length());
                String modifier = asModifier(part);
                if (modifier == null && part.length() > 3 && part.endsWith("s")) {
                    modifier = asModifier(part.substring(0, part.length() - 1));
                }
                if (modifier != null) {
                    return modifier + "_" + head;
                }
            }
        }
        return lemma;
    }

    private String splitCompound(String lemma, Upos upos) {
        String trained = memory.trainedCompound(lemma);
        if (trained != null) {
            return trained;
        }
        for (int i = MIN_MODIFIER; i <= lemma.length() - MIN_HEAD; i++) {
            String head = lemma.substring(i);
            if (BAD_HEADS.contains(head) || !isLemmaOf(head, upos)) {
                continue;
            }
            String modifier = modifierLemma(lemma.substring(0, i));
            if (modifier != null) {
                return modifier + "_" + splitCompound(head, upos);
            }
        }
        return lemma;
    }

    /** The lemma of a compound's first part, without linking {@code s}/{@code e}, or null if it is no word. */
    private String modifierLemma(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (NOT_MODIFIERS.contains(lower)) {
            return null;
        }
        String word = asModifier(part);
        if (word != null) {
            return word;
        }
        if (part.length() > MIN_MODIFIER && (part.endsWith("s") || part.endsWith("e"))) {
            return asModifier(part.substring(0, part.length() - 1));
        }
        return null;
    }

    private String asModifier(String part) {
        if (part.length() < MIN_MODIFIER || NOT_MODIFIERS.contains(part)) {
            return null;
        }
        LexiconEntry entry = lexicon.lookup(part);
        String noun = entry.lemma(Upos.NOUN);
        if (noun != null) {
            return noun;
        }
        if (entry.allows(Upos.ADJ) || entry.allows(Upos.NUM)) {
            return part;
        }
        LexiconEntry asInfinitive = lexicon.lookup(part + "en");
        if (part.equals(stem(asInfinitive.lemma(Upos.VERB)))) {
            return part;
        }
        return null;
    }

    private static String stem(String infinitive) {
        return infinitive != null && infinitive.endsWith("en") ? infinitive.substring(0, infinitive.length() - 2) : null;
    }

    private boolean isLemmaOf(String word, Upos upos) {
        return word.equals(lexicon.lookup(word).lemma(upos));
    }
}
