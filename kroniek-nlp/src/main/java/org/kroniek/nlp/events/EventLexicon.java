package org.kroniek.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that signal events and their modes in one language, read from {@code lexicon-LANG.tsv} beside this
 * class. Single words are looked up by lemma (Dutch) or word form (English); runs of words by their first word.
 */
public final class EventLexicon {
    private static final int MIN_COMPOUND_HEAD = 4;
    private static final int MIN_COMPOUND_MODIFIER = 3;

    private final String language;
    private final Map<String, List<LexiconEntry>> single = new HashMap<>();
    private final Map<String, List<LexiconEntry>> phrases = new HashMap<>();
    private final Set<String> nounHeads = new HashSet<>();
    /** The last three letters of every noun head: most nouns are rejected without cutting a substring. */
    private final Set<String> nounHeadEndings = new HashSet<>();
    /** The derived English lines repeat one object list for every form of a verb: one set serves them all. */
    private final Map<String, Set<String>> wordSets = new HashMap<>();

    private EventLexicon(String language) {
        this.language = language;
    }

    /** The lexicon bundled for a language ("nl" or "en"). */
    public static EventLexicon forLanguage(String language) {
        String resource = "lexicon-" + language + ".tsv";
        try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no event lexicon " + resource);
            }
            return read(language, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event lexicon " + resource, e);
        }
    }

    static EventLexicon read(String language, InputStream in) throws IOException {
        EventLexicon lexicon = new EventLexicon(language);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            lexicon.add(lexicon.parse(trimmed, number));
        }
        return lexicon;
    }

    public String language() {
        return language;
    }

    /** Single-word entries for a lemma or lower-cased form. */
    List<LexiconEntry> single(String key) {
        return key == null ? List.of() : single.getOrDefault(key, List.of());
    }

    /** Multi-word entries whose first word is this lemma or form. */
    List<LexiconEntry> phrasesStartingWith(String key) {
        return key == null ? List.of() : phrases.getOrDefault(key, List.of());
    }

    /**
     * The lexicon noun that ends a Dutch compound ("luchtaanval" -> "aanval"), or null. The head must be a
     * lexicon noun of at least four letters and leave at least three letters of modifier.
     */
    String compoundHead(String lemma) {
        if (lemma == null || lemma.length() < MIN_COMPOUND_HEAD + MIN_COMPOUND_MODIFIER
                || !nounHeadEndings.contains(lemma.substring(lemma.length() - 3))) {
            return null;
        }
        for (int i = MIN_COMPOUND_MODIFIER; i <= lemma.length() - MIN_COMPOUND_HEAD; i++) {
            String tail = lemma.substring(i);
            if (nounHeads.contains(tail)) {
                return tail;
            }
        }
        return null;
    }

    private void add(LexiconEntry entry) {
        String first = entry.words().get(0);
        if (entry.isPhrase()) {
            phrases.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
            return;
        }
        single.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
        if (entry.kind() == EntryKind.EVENT && !"VERB".equals(entry.pos()) && first.length() >= MIN_COMPOUND_HEAD) {
            nounHeads.add(first);
            nounHeadEndings.add(first.substring(first.length() - 3));
        }
        if (entry.particle() != null) {
            // the joined form ("oproepen") needs no separate particle
            single.computeIfAbsent(entry.particle() + first, k -> new ArrayList<>()).add(new LexiconEntry(
                    entry.kind(), entry.type(), List.of(entry.particle() + first), entry.pos(), null, entry.with(),
                    entry.weak(), entry.object()));
        }
    }

    private LexiconEntry parse(String line, int number) {
        String[] columns = line.split("\t");
        if (columns.length < 2) {
            throw new IllegalArgumentException("event lexicon line " + number + ": expected KIND<TAB>trigger");
        }
        String kindName = columns[0].strip().toUpperCase(Locale.ROOT);
        EntryKind kind;
        String type = null;
        switch (kindName) {
            case "SPEECH" -> {
                kind = EntryKind.SPEECH;
                type = EventTypes.STATEMENT;
            }
            case "LIGHT", "FAIL", "NEGATION", "INTEND", "PLAN", "OBLIGE" -> kind = EntryKind.valueOf(kindName);
            default -> {
                if (!EventTypes.isKnown(kindName)) {
                    throw new IllegalArgumentException("event lexicon line " + number + ": unknown kind " + kindName);
                }
                kind = EntryKind.EVENT;
                type = kindName;
            }
        }
        List<String> words = List.of(columns[1].strip().toLowerCase(Locale.ROOT).split(" +"));
        String pos = null;
        String particle = null;
        Set<String> with = Set.of();
        boolean weak = false;
        boolean object = false;
        for (int i = 2; i < columns.length; i++) {
            for (String option : columns[i].strip().split(" +")) {
                if (option.isEmpty()) {
                    continue;
                }
                if (option.equals("noun") || option.equals("verb")) {
                    pos = option.toUpperCase(Locale.ROOT);
                } else if (option.equals("weak")) {
                    weak = true;
                } else if (option.startsWith("particle=")) {
                    particle = option.substring("particle=".length());
                } else if (option.startsWith("with=") || option.startsWith("object=")) {
                    object = option.startsWith("object=");
                    with = wordSets.computeIfAbsent(option.substring(option.indexOf('=') + 1),
                            list -> Set.copyOf(java.util.Arrays.asList(list.split("\\|"))));
                } else if (!option.equals("participation")) {
                    throw new IllegalArgumentException("event lexicon line " + number + ": unknown option " + option);
                }
            }
        }
        return new LexiconEntry(kind, type, words, pos, particle, with, weak, object);
    }
}
