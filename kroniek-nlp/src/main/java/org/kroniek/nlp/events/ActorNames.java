package org.kroniek.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stand-in actor spans for languages without a named-entity tagger (English for now): runs of capitalised words,
 * joined with the actor nouns that follow them ("Turkish police", "Fijian rebels"), and actor nouns on their own
 * ("the government"). Function words that happen to be capitalised ("The", "On") are not names. The lists live in
 * {@code actor-words-LANG.txt}.
 */
final class ActorNames {
    private final Set<String> actorNouns;
    private final Set<String> notNames;

    private ActorNames(Set<String> actorNouns, Set<String> notNames) {
        this.actorNouns = actorNouns;
        this.notNames = notNames;
    }

    /** The fallback for a language, or null when kroniek has no word lists for it. */
    static ActorNames forLanguage(String language) {
        String resource = "actor-words-" + language + ".txt";
        try (InputStream in = ActorNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Set<String> nouns = new HashSet<>();
            Set<String> stop = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                if (word.startsWith("-")) {
                    stop.add(word.substring(1));
                } else {
                    nouns.add(word);
                }
            }
            return new ActorNames(nouns, stop);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    List<ActorSpan> find(SentenceView s) {
        List<ActorSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!isNamePart(s, i) && !actorNouns.contains(s.form(i))) {
                i++;
                continue;
            }
            int first = i;
            while (i < s.size() && (isNamePart(s, i) || isInnerConnector(s, i))) {
                i++;
            }
            while (i > first && isInnerConnector(s, i - 1)) {
                i--;
            }
            // "Turkish police", "Fijian rebels", "the government"
            while (i < s.size() && actorNouns.contains(s.form(i))) {
                i++;
            }
            int last = i - 1;
            if (last >= first) {
                String text = s.text(first, last);
                spans.add(new ActorSpan(first, last, null, text, text, null, 0.5));
            } else {
                i = first + 1;
            }
        }
        return spans;
    }

    private boolean isNamePart(SentenceView s, int i) {
        String text = s.text(i, i);
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !notNames.contains(s.form(i));
    }

    /** "Kurdistan Workers' Party", "Association of African Jurists": small words inside a name. */
    private boolean isInnerConnector(SentenceView s, int i) {
        return (s.form(i).equals("of") || s.form(i).equals("'") || s.form(i).equals("'s") || s.form(i).equals("-"))
                && i + 1 < s.size() && isNamePart(s, i + 1) && i > 0 && isNamePart(s, i - 1);
    }
}
