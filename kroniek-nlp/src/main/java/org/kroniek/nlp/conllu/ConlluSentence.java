package org.kroniek.nlp.conllu;

import java.util.List;

/**
 * One CoNLL-U sentence: its id (from {@code # sent_id}, may be null), its raw text (from {@code # text}, else the
 * surface tokens joined by spaces), whether a {@code # newdoc} or {@code # newpar} comment precedes it, its syntactic
 * words in order (what tagging is scored on) and its surface tokens (a multiword token such as {@code 1-2} counts
 * once, its words not at all: what tokenization is scored on).
 */
public record ConlluSentence(String id, String text, boolean newDoc, boolean newPar, List<ConlluToken> tokens,
                             List<String> surfaceTokens) {
    public ConlluSentence {
        tokens = List.copyOf(tokens);
        surfaceTokens = List.copyOf(surfaceTokens);
    }

    public String[] forms() {
        String[] forms = new String[tokens.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = tokens.get(i).form();
        }
        return forms;
    }
}
