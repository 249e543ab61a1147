package org.kroniek.nlp.pos;

/**
 * Coarse classes of the LanguageTool Dutch tagset, finer than UPOS where that helps the tagger choose
 * (a participle may be VERB or ADJ, a plural noun is rarely PROPN). Each is one tagger feature.
 */
enum LexiconClass {
    ADJ_BASE, ADJ_INFLECTED, ADJ_DEGREE, ADV, PROPER_PERSON, PROPER_PLACE, PROPER_OTHER, PROPER_POSSESSIVE,
    NUMBER, ORDINAL, INTERJECTION, PREPOSITION, CONJUNCTION, PRONOUN_DEMONSTRATIVE, PRONOUN_INDEFINITE,
    PRONOUN_PERSONAL, PRONOUN_POSSESSIVE, PRONOUN_OTHER, VERB_PARTICIPLE, VERB_PRESENT_PARTICIPLE,
    VERB_PRESENT, VERB_PAST, VERB_INFINITIVE, VERB_NOMINAL, VERB_SEPARATED, AUX_LEMMA, NOUN_SINGULAR, NOUN_PLURAL,
    NOUN_DIMINUTIVE, NOUN_POSSESSIVE, UNIT, OTHER;

    int bit() {
        return 1 << ordinal();
    }
}
