package org.kroniek.nlp.ner;

/** One sentence of a CoNLL-2002 file: words, the file's POS column and NE tags as written. */
public record ConllSentence(String[] words, String[] pos, String[] tags) {
    public int size() {
        return words.length;
    }
}
