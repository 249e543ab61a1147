package org.kroniek.store.search;

import java.util.Locale;
import java.util.Set;

/** The Lucene fields of a document, in one place. */
final class IndexFields {
    static final String SEQUENCE = "seq";
    static final String ID = "id";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    static final String DCT = "dct";
    static final String DCT_FIRST_DAY = "dct_first";
    static final String DCT_LAST_DAY = "dct_last";
    static final String DCT_SORT = "dct_sort";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHER_DISPLAY = "publisher_display";
    static final String BYLINE = "byline";
    static final String FIRST_SENTENCE = "first_sentence";
    static final String ACTOR = "actor";
    static final String EVENT_TYPE = "type";
    static final String DUPLICATE = "duplicate";
    static final String DUPLICATE_OF = "duplicate_of";

    /** The languages with their own analyzer; anything else is indexed under {@code other}. */
    static final Set<String> LANGUAGES = Set.of("nl", "en", "other");

    /** Keyword fields a query may name directly ({@code publisher:anp}); matched exactly, lower case. */
    static final Set<String> KEYWORDS = Set.of(LANGUAGE, PUBLISHER, ACTOR, EVENT_TYPE, ID);

    private IndexFields() {
    }

    static String languageKey(String language) {
        String key = language == null ? "other" : language.toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(key) ? key : "other";
    }

    static String title(String languageKey) {
        return "title_" + languageKey;
    }

    static String text(String languageKey) {
        return "text_" + languageKey;
    }
}
