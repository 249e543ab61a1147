package org.kroniek.nlp.tokenize;

import java.util.Locale;

/**
 * What differs between the Dutch and the English tokenizer: abbreviation lists, the words that typically
 * open a sentence, and two conventions taken from the Universal Dependencies treebanks of each language
 * (English splits clitics: {@code do|n't}, {@code Lavrov|'s}; Dutch keeps {@code 90%} as one token).
 */
final class LanguageRules {
    static final LanguageRules DUTCH = new LanguageRules("nl", false, true);
    static final LanguageRules ENGLISH = new LanguageRules("en", true, false);

    final String language;
    final boolean splitsClitics;
    final boolean attachesPercent;
    final Abbreviations abbreviations;
    final WordList sentenceStarters;

    private LanguageRules(String language, boolean splitsClitics, boolean attachesPercent) {
        this.language = language;
        this.splitsClitics = splitsClitics;
        this.attachesPercent = attachesPercent;
        this.abbreviations = Abbreviations.load("abbreviations-" + language + ".txt");
        this.sentenceStarters = WordList.load("sentence-starters-" + language + ".txt");
    }

    /** English for {@code en} (and {@code en-GB} etc.), Dutch for everything else, including null. */
    static LanguageRules forLanguage(String language) {
        if (language != null && language.toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return DUTCH;
    }
}
