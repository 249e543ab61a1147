package org.kroniek.nlp.conllu;

/** One syntactic word of a CoNLL-U sentence: the columns kroniek uses (FORM, LEMMA, UPOS, XPOS). */
public record ConlluToken(String form, String lemma, String upos, String xpos) {
}
