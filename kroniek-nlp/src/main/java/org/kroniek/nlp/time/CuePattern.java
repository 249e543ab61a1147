package org.kroniek.nlp.time;

import java.util.regex.Pattern;

/** A tense cue pattern of a rule file, with the characters its matches can begin with. */
record CuePattern(Pattern pattern, FirstChars first) {
    CuePattern(Pattern pattern) {
        this(pattern, FirstChars.of(pattern));
    }
}
