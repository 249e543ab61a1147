package org.kroniek.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language that tell what role an actor plays, read from {@code roles-LANG.txt}: the nouns a
 * nationality adjective modifies ({@code regering} gives GOV), titles before a name, when a capital stands for
 * its government, compass prefixes of place names, descriptions and pronouns that refer back. Keys are
 * {@link NameKey}s. Sections the code reads are listed as constants.
 */
public final class RoleRules {
    static final String HEAD = "head";
    static final String HEAD_ABROAD = "head-abroad";
    static final String TITLE = "title";
    static final String LOCATION_PREPOSITIONS = "location-prepositions";
    static final String OPINION_VERBS = "opinion-verbs";
    static final String GOVERNMENT_NOUNS = "government-nouns";
    static final String VENUE_NOUNS = "venue-nouns";
    static final String TITLE_AFTER = "title-after";
    static final String COMPASS = "compass";
    static final String DESCRIPTION = "description";
    static final String DETERMINERS = "determiners";
    static final String PRONOUNS = "pronouns";
    static final String APPOSITION = "apposition";

    private static final Map<String, RoleRules> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, Map<String, String>> sections;

    private RoleRules(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    /** The rules of a language ({@code nl}, {@code en}); Dutch for unknown or other languages. */
    public static RoleRules forLanguage(String language) {
        String lang = language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "nl";
        return BY_LANGUAGE.computeIfAbsent(lang, RoleRules::load);
    }

    private static RoleRules load(String lang) {
        String resource = "roles-" + lang + ".txt";
        try (InputStream in = RoleRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Sections start with {@code [name]}; each line is {@code word VALUE} or, for word lists, words separated by
     * spaces (values empty). {@code #} starts a comment. Multi-word keys join their words with {@code _}.
     */
    static RoleRules parse(BufferedReader in) throws IOException {
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> current = null;
        String line;
        while ((line = in.readLine()) != null) {
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.computeIfAbsent(text.substring(1, text.length() - 1).strip(), k -> new HashMap<>());
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("rule outside a [section]: " + line);
            }
            String[] words = text.split("\\s+");
            boolean keyValue = words.length == 2 && isValue(words[1]);
            if (keyValue) {
                current.put(key(words[0]), words[1]);
            } else {
                for (String word : words) {
                    current.put(key(word), "");
                }
            }
        }
        return new RoleRules(sections);
    }

    /** Values are upper case codes or roles ({@code GOV}, {@code ORG:REB}) or capitalised English words. */
    private static boolean isValue(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static String key(String word) {
        return NameKey.of(word.replace('_', ' '));
    }

    /** The value of a word in a section, or null when the word is not listed ("" for a word list). */
    String get(String section, String wordKey) {
        Map<String, String> map = sections.get(section);
        return map == null ? null : map.get(wordKey);
    }

    boolean contains(String section, String wordKey) {
        return get(section, wordKey) != null;
    }

    /**
     * The value for a word or, for a Dutch compound, for its head (the longest listed word it ends with, of at
     * least four letters: {@code regeringstroepen} ends in {@code troepen}); hyphenated words use their last part.
     */
    String getWordOrHead(String section, String wordKey) {
        String value = get(section, wordKey);
        if (value != null) {
            return value;
        }
        int space = wordKey.lastIndexOf(' ');
        if (space >= 0) {
            return get(section, wordKey.substring(space + 1));
        }
        for (int cut = 1; cut <= wordKey.length() - 4; cut++) {
            value = get(section, wordKey.substring(cut));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
