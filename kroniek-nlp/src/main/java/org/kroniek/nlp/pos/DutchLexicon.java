package org.kroniek.nlp.pos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Dutch word forms with their possible UPOS tags and lemmas, from LanguageTool's {@code dutch-pos-dict}
 * (a morfologik FSA of about 5.5 million form/lemma/tag triples).
 *
 * <p>Thread-safe. The FSA is shared and read-only; morfologik's lookup object keeps scratch buffers, so each
 * thread gets its own. Looked-up entries are cached in a bounded shared map ({@link WordCache}) because news text
 * repeats the same few thousand forms, and a cache hit is far cheaper than walking the automaton.
 */
public final class DutchLexicon {
    static final String DICTIONARY_RESOURCE = "/org/languagetool/resource/nl/dutch.dict";
    private static final int CACHE_LIMIT = 300_000;

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final WordCache<LexiconEntry> cache = new WordCache<>(CACHE_LIMIT, this::build);
    private final Map<String, LexiconTagMapper.Mapping> tagMappings = new ConcurrentHashMap<>();

    private DutchLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    /** Loads the dictionary from the classpath (the {@code dutch-pos-dict} jar). */
    public static DutchLexicon load() {
        URL url = DutchLexicon.class.getResource(DICTIONARY_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Dutch dictionary " + DICTIONARY_RESOURCE
                    + " not on the classpath (org.languagetool:dutch-pos-dict)");
        }
        try {
            return new DutchLexicon(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Dutch dictionary", e);
        }
    }

    /**
     * Everything the lexicon knows about a form. Capitalised forms also get the readings of their lowercase
     * form (sentence-initial words) and all-caps forms those of their capitalised form ({@code GENUA}).
     */
    public LexiconEntry lookup(String form) {
        return cache.get(form);
    }

    private LexiconEntry build(String form) {
        String lowerForm = form.toLowerCase(java.util.Locale.ROOT);
        if (CalendarWords.isCalendarWord(lowerForm)) {
            return CalendarWords.entry(lowerForm);
        }
        EntryBuilder builder = new EntryBuilder();
        collect(form, builder);
        if (!form.isEmpty() && Character.isUpperCase(form.charAt(0))) {
            String lower = form.toLowerCase(java.util.Locale.ROOT);
            if (!lower.equals(form)) {
                collect(lower, builder);
                if (form.length() > 1 && isAllUpper(form)) {
                    collect(form.charAt(0) + lower.substring(1), builder);
                }
            }
        }
        return builder.build();
    }

    private void collect(String form, EntryBuilder builder) {
        DictionaryLookup lookup = lookups.get();
        for (WordData data : lookup.lookup(form)) {
            CharSequence tagChars = data.getTag();
            CharSequence stemChars = data.getStem();
            if (tagChars == null || stemChars == null) {
                continue;
            }
            String tag = tagChars.toString();
            String lemma = stemChars.toString();
            LexiconTagMapper.Mapping mapping = tagMappings.computeIfAbsent(tag + '\u0000' + lemma,
                    k -> LexiconTagMapper.map(tag, lemma));
            builder.add(mapping, lemma, form, tag);
        }
    }

    private static boolean isAllUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Collects readings; the first lemma found for a UPOS wins (exact-case readings come first). */
    private static final class EntryBuilder {
        private int uposMask;
        private int classMask;
        @SuppressWarnings("unchecked")
        private final java.util.List<String>[] lemmaByUpos = new java.util.List[Upos.COUNT];
        private final java.util.List<String> separable = new java.util.ArrayList<>(2);

        void add(LexiconTagMapper.Mapping mapping, String lemma, String form, String tag) {
            classMask |= mapping.lexiconClass().bit();
            if (LexiconTagMapper.isAuxLemma(lemma)) {
                classMask |= LexiconClass.AUX_LEMMA.bit();
            }
            int mask = mapping.uposMask();
            uposMask |= mask;
            if (tag.endsWith(":LOS")) {
                // The verb part of a split separable verb: its lemma needs the particle found elsewhere.
                if (!separable.contains(lemma)) {
                    separable.add(lemma);
                }
                return;
            }
            for (int u = 0; u < Upos.COUNT; u++) {
                if ((mask & (1 << u)) == 0) {
                    continue;
                }
                String candidate = lemmaFor(Upos.of(u), lemma, form, tag);
                java.util.List<String> list = lemmaByUpos[u];
                if (list == null) {
                    lemmaByUpos[u] = list = new java.util.ArrayList<>(2);
                }
                if (list.contains(candidate)) {
                    continue;
                }
                // Prefer the simplex verb over a ge- verb for a participle (gevoeld: voelen, not gevoelen).
                if (!list.isEmpty() && list.get(0).equals("ge" + candidate)) {
                    list.add(0, candidate);
                } else {
                    list.add(candidate);
                }
            }
        }

        /** A verb form read as an adjective keeps its own (uninflected) form as lemma, as UD Dutch does. */
        private static String lemmaFor(Upos upos, String lemma, String form, String tag) {
            if (upos == Upos.ADJ && tag.startsWith("WKW")) {
                String lower = form.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith("en") && tag.contains("MRV")) {
                    return lower.substring(0, lower.length() - 2);
                }
                return lower.endsWith("e") ? lower.substring(0, lower.length() - 1) : lower;
            }
            return lemma;
        }

        LexiconEntry build() {
            if (uposMask == 0) {
                return LexiconEntry.UNKNOWN;
            }
            for (int u = 0; u < Upos.COUNT; u++) {
                if ((uposMask & (1 << u)) != 0 && lemmaByUpos[u] == null && !separable.isEmpty()) {
                    lemmaByUpos[u] = java.util.List.of(separable.get(0));
                }
            }
            String[][] lemmas = new String[Integer.bitCount(uposMask)][];
            int k = 0;
            for (int u = 0; u < Upos.COUNT; u++) {
                if ((uposMask & (1 << u)) != 0) {
                    lemmas[k++] = lemmaByUpos[u].toArray(new String[0]);
                }
            }
            return new LexiconEntry(uposMask, classMask, lemmas, separable.toArray(new String[0]));
        }
    }
}
