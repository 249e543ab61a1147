package org.kroniek.nlp.eval;

/** How the evaluator rebuilds running text from the sentences of a treebank. */
public enum TextLayout {
    /**
     * Documents and paragraphs as the treebank records them ({@code # newdoc}, {@code # newpar}, or ids of
     * the form {@code doc.p.N.s.M}); paragraphs separated by a blank line, sentences by a space.
     */
    PARAGRAPHS,
    /** Every sentence of a document joined by a single space: the splitter gets no layout help at all. */
    RUNNING_TEXT
}
