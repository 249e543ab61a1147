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
        String key = collapseSpace(text.toLowerCase(Locale.ROOT));
        return lexicon.getOrDefault(key, text);
    }

    /** Each run of white space (regex \s: space, tab, line breaks, form feed) as one space. */
    static String collapseSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
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
