package org.kroniek.nlp.pos;

import java.util.Set;

/**
 * Maps tags of the LanguageTool Dutch dictionary ({@code WKW:VTD:ONV}, {@code ZNW:MRV:DE_}, ...; see
 * {@code dutch_tags.txt} in the dictionary jar) to the UPOS tags a word with that tag can get in UD Dutch,
 * plus one {@link LexiconClass}. The UPOS set is deliberately generous (a participle may be VERB or ADJ,
 * a demonstrative DET or PRON): the tagger learns which reading the context wants.
 */
final class LexiconTagMapper {
    /** Verbs UD Dutch tags AUX when they govern another verb. */
    private static final Set<String> AUX_LEMMAS = Set.of("zijn", "hebben", "worden", "zullen", "kunnen", "moeten",
            "mogen", "willen", "hoeven", "blijken", "lijken", "schijnen", "dunken", "plegen");

    /** The result of mapping one tag: a UPOS bit mask and a class. */
    record Mapping(int uposMask, LexiconClass lexiconClass) {
    }

    private LexiconTagMapper() {
    }

    static Mapping map(String tag, String lemma) {
        String[] p = tag.split(":");
        String head = p[0];
        return switch (head) {
            case "ZNW" -> new Mapping(Upos.NOUN.bit(), tag.contains("VRK") ? LexiconClass.NOUN_DIMINUTIVE
                    : p.length > 1 && p[1].equals("MRV") ? LexiconClass.NOUN_PLURAL
                    : p.length > 1 && p[1].equals("BEZ") ? LexiconClass.NOUN_POSSESSIVE : LexiconClass.NOUN_SINGULAR);
            case "BNW" -> new Mapping(Upos.ADJ.bit(), adjectiveClass(p));
            case "BYW" -> new Mapping(Upos.ADV.bit(), LexiconClass.ADV);
            case "ENM" -> new Mapping(Upos.PROPN.bit(), properClass(p));
            case "GET" -> p.length > 1 && p[1].equals("RNG")
                    ? new Mapping(Upos.ADJ.bit(), LexiconClass.ORDINAL)
                    : new Mapping(Upos.NUM.bit(), LexiconClass.NUMBER);
            case "TSW" -> new Mapping(Upos.INTJ.bit(), LexiconClass.INTERJECTION);
            case "VRZ" -> new Mapping(Upos.ADP.bit(), LexiconClass.PREPOSITION);
            case "VGW" -> p.length > 1
                    ? new Mapping(Upos.PRON.bit() | Upos.SCONJ.bit(), LexiconClass.CONJUNCTION) // relative die/dat
                    : new Mapping(Upos.CCONJ.bit() | Upos.SCONJ.bit(), LexiconClass.CONJUNCTION);
            case "VNW" -> pronoun(p);
            case "WKW" -> verb(p, lemma);
            case "MEH" -> new Mapping(Upos.NOUN.bit() | Upos.SYM.bit(), LexiconClass.UNIT);
            default -> new Mapping(Upos.X.bit(), LexiconClass.OTHER);
        };
    }

    private static LexiconClass adjectiveClass(String[] p) {
        if (p.length > 1 && !p[1].equals("STL") && !p[1].equals("STF")) {
            return LexiconClass.ADJ_DEGREE;
        }
        return p.length > 2 && !p[2].equals("ONV") ? LexiconClass.ADJ_INFLECTED : LexiconClass.ADJ_BASE;
    }

    private static LexiconClass properClass(String[] p) {
        if (p.length < 2) {
            return LexiconClass.PROPER_OTHER;
        }
        return switch (p[1]) {
            case "PER" -> LexiconClass.PROPER_PERSON;
            case "LOC" -> LexiconClass.PROPER_PLACE;
            case "BEZ" -> LexiconClass.PROPER_POSSESSIVE;
            default -> LexiconClass.PROPER_OTHER;
        };
    }

    private static Mapping pronoun(String[] p) {
        String kind = p.length > 1 ? p[1] : "";
        return switch (kind) {
            case "AWZ", "OND" -> new Mapping(Upos.DET.bit() | Upos.PRON.bit(), LexiconClass.PRONOUN_DEMONSTRATIVE);
            case "OBP" -> new Mapping(Upos.DET.bit() | Upos.PRON.bit(), LexiconClass.PRONOUN_INDEFINITE);
            case "PER" -> p.length > 4 && p[4].equals("BEZ")
                    ? new Mapping(Upos.PRON.bit() | Upos.DET.bit(), LexiconClass.PRONOUN_POSSESSIVE)
                    : new Mapping(Upos.PRON.bit(), LexiconClass.PRONOUN_PERSONAL);
            default -> new Mapping(Upos.PRON.bit(), LexiconClass.PRONOUN_OTHER);
        };
    }

    private static Mapping verb(String[] p, String lemma) {
        int aux = AUX_LEMMAS.contains(lemma) ? Upos.AUX.bit() : 0;
        int verb = Upos.VERB.bit() | aux;
        String kind = p.length > 1 ? p[1] : "";
        boolean separated = p[p.length - 1].equals("LOS");
        return switch (kind) {
            case "VTD" -> p.length > 2 && p[2].equals("ZNW")
                    ? new Mapping(Upos.NOUN.bit() | Upos.ADJ.bit(), LexiconClass.VERB_NOMINAL)
                    : new Mapping(verb | Upos.ADJ.bit(), LexiconClass.VERB_PARTICIPLE);
            case "ODW" -> new Mapping(verb | Upos.ADJ.bit(), LexiconClass.VERB_PRESENT_PARTICIPLE);
            case "INF" -> new Mapping(Upos.NOUN.bit() | Upos.VERB.bit(), LexiconClass.VERB_NOMINAL);
            case "TGW" -> new Mapping(verb, separated ? LexiconClass.VERB_SEPARATED
                    : p.length > 2 && p[2].equals("INF") ? LexiconClass.VERB_INFINITIVE : LexiconClass.VERB_PRESENT);
            case "VLT" -> new Mapping(verb, separated ? LexiconClass.VERB_SEPARATED : LexiconClass.VERB_PAST);
            default -> new Mapping(verb, separated ? LexiconClass.VERB_SEPARATED : LexiconClass.OTHER);
        };
    }

    static boolean isAuxLemma(String lemma) {
        return AUX_LEMMAS.contains(lemma);
    }
}
