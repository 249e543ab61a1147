package org.kroniek.nlp.eval;

import java.util.List;

/**
 * One sentence of a CoNLL-U file, reduced to what tokenizer evaluation needs: its raw text, the surface
 * tokens (a multiword token such as {@code 1-2} counts once, its words not at all), and whether a
 * {@code # newdoc} or {@code # newpar} comment precedes it.
 */
record ConlluSentence(String id, String text, List<String> surfaceTokens, boolean newDoc, boolean newPar) {
}
