package org.kroniek.nlp.time;

import java.util.Locale;
import java.util.Map;

/** Gives the normaliser the groups of one match (mapped through their lexicons), the dct and the tense. */
final class MatchContext implements Normalizer.Context {
    private final Candidate candidate;
    private final Dct dct;
    private final TenseCues tenseCues;
    private Tense tense;

    MatchContext(Candidate candidate, Dct dct, TenseCues tenseCues) {
        this.candidate = candidate;
        this.dct = dct;
        this.tenseCues = tenseCues;
    }

    @Override
    public boolean hasGroup(String name) {
        return candidate.rule().groups().contains(name);
    }

    @Override
    public String group(String name) {
        String text = candidate.match().group(name);
        if (text == null) {
            return null;
        }
        Map<String, String> lexicon = candidate.rule().groupLexicons().get(name);
        if (lexicon == null) {
            return text;
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return lexicon.getOrDefault(key, text);
    }

    @Override
    public Dct dct() {
        return dct;
    }

    @Override
    public Tense weekdayDefault() {
        return tenseCues.defaultTense();
    }

    @Override
    public Tense tense() {
        if (tense == null) {
            tense = tenseCues.tenseAt(candidate.start(), candidate.end());
        }
        return tense;
    }
}
