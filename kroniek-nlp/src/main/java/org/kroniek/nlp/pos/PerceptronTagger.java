package org.kroniek.nlp.pos;

/**
 * Dutch UPOS tagger: an averaged perceptron over word, affix, shape, lexicon and neighbour features, decoded
 * greedily left to right with the two previous tags as features. Thread-safe: the model and lexicon are
 * read-only; each call allocates only its own small scratch arrays.
 */
public final class PerceptronTagger {
    private final PosModel model;
    private final DutchLexicon lexicon;

    public PerceptronTagger(PosModel model, DutchLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
    }

    /** The UPOS tag of each word of one sentence. */
    public Upos[] tag(String[] words) {
        LexiconEntry[] entries = lookup(words);
        int[] tags = tag(words, entries);
        Upos[] out = new Upos[tags.length];
        for (int i = 0; i < tags.length; i++) {
            out[i] = Upos.of(tags[i]);
        }
        return out;
    }

    /** Tag indexes ({@link Upos#ordinal()}) for words whose lexicon entries the caller already looked up. */
    int[] tag(String[] words, LexiconEntry[] entries) {
        if (words.length == 0) {
            return new int[0];
        }
        SentenceFeatures sentence = new SentenceFeatures(words, entries, null);
        return GreedyDecoder.decode(sentence, model.weights(), Upos.COUNT);
    }

    LexiconEntry[] lookup(String[] words) {
        LexiconEntry[] entries = new LexiconEntry[words.length];
        for (int i = 0; i < words.length; i++) {
            entries[i] = lexicon.lookup(words[i]);
        }
        return entries;
    }

    public PosModel model() {
        return model;
    }

    public DutchLexicon lexicon() {
        return lexicon;
    }
}
