package org.kroniek.nlp.ner;

import java.util.List;

/**
 * How each word form is capitalised elsewhere in the same article: a word that also occurs in lower case
 * is less likely a name; a sentence-initial word that also occurs capitalised mid-sentence more likely one.
 * Built once per document; sentences set in capitals are left out because their case says nothing.
 */
final class DocumentContext {
    static final int SEEN_LOWER = 1;
    static final int SEEN_CAP_MID_SENTENCE = 2;
    static final int SEEN_CAP_INITIAL = 4;
    static final DocumentContext EMPTY = new DocumentContext(new LongIntMap(4));

    private final LongIntMap flags;

    private DocumentContext(LongIntMap flags) {
        this.flags = flags;
    }

    static DocumentContext of(List<String[]> sentences) {
        int tokens = 0;
        for (String[] s : sentences) {
            tokens += s.length;
        }
        LongIntMap map = new LongIntMap(Math.max(16, tokens));
        for (String[] words : sentences) {
            if (WordCase.isCapsSentence(words)) {
                continue;
            }
            int first = WordCase.firstWord(words);
            for (int i = 0; i < words.length; i++) {
                int c = WordCase.of(words[i], i == first);
                int bit = switch (c) {
                    case WordCase.LOWER -> SEEN_LOWER;
                    case WordCase.CAP -> SEEN_CAP_MID_SENTENCE;
                    case WordCase.CAP_SENTENCE_INITIAL -> SEEN_CAP_INITIAL;
                    default -> 0;
                };
                if (bit != 0) {
                    map.or(Hashing.word(words[i], true), bit);
                }
            }
        }
        return new DocumentContext(map);
    }

    int flags(long lowerHash) {
        return flags.get(lowerHash);
    }
}
