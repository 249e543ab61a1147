package org.kroniek.nlp.conllu;

import java.util.List;

/** One CoNLL-U sentence: its id (from {@code # sent_id}, may be null) and its syntactic words in order. */
public record ConlluSentence(String id, List<ConlluToken> tokens) {
    public ConlluSentence {
        tokens = List.copyOf(tokens);
    }

    public String[] forms() {
        String[] forms = new String[tokens.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = tokens.get(i).form();
        }
        return forms;
    }
}
