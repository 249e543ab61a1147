package org.kroniek.nlp.pos;

import java.util.Set;

/**
 * Days of the week and months. UD Dutch (Alpino) tags them PROPN with the lowercase name as lemma, whereas the
 * LanguageTool lexicon lists them as nouns and adverbs; the lexicon entry is overridden so the tagger sees the
 * treebank's reading.
 */
final class CalendarWords {
    private static final Set<String> NAMES = Set.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december");

    private CalendarWords() {
    }

    /** Whether {@code lower} (a lowercased form) names a day or month. */
    static boolean isCalendarWord(String lower) {
        return lower.length() >= 3 && lower.length() <= 9 && NAMES.contains(lower);
    }

    /** The lexicon entry of a day or month: PROPN only, lemma the lowercase name. */
    static LexiconEntry entry(String lower) {
        return new LexiconEntry(Upos.PROPN.bit(), LexiconClass.PROPER_OTHER.bit(), new String[][] {{lower}},
                new String[0]);
    }
}
