package org.kroniek.nlp.pos;

/**
 * Tags and lemmatises Dutch sentences: {@link PerceptronTagger} then {@link Lemmatizer}, both over one cached
 * {@link WordInfo} per word form (lexicon entry, feature scores, lemma memo). The process-wide instance ({@link #shared()}) loads the shipped model and the lexicon once;
 * it is immutable and thread-safe, so every stage and thread uses the same copy.
 */
public final class DutchPosAnalyzer {
    private static volatile DutchPosAnalyzer shared;

    private final PerceptronTagger tagger;
    private final Lemmatizer lemmatizer;

    public DutchPosAnalyzer(PosModel model, DutchLexicon lexicon) {
        this.tagger = new PerceptronTagger(model, lexicon);
        this.lemmatizer = new Lemmatizer(model.memory(), lexicon);
    }

    /** The shipped Dutch model with the LanguageTool lexicon, loaded on first use. */
    public static DutchPosAnalyzer shared() {
        DutchPosAnalyzer local = shared;
        if (local == null) {
            synchronized (DutchPosAnalyzer.class) {
                local = shared;
                if (local == null) {
                    local = new DutchPosAnalyzer(PosModel.loadDutch(), DutchLexicon.load());
                    shared = local;
                }
            }
        }
        return local;
    }

    public TaggedSentence analyze(String[] words) {
        WordInfo[] infos = tagger.lookup(words);
        int[] tagIndexes = tagger.tag(infos);
        Upos[] tags = new Upos[words.length];
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = Upos.of(tagIndexes[i]);
        }
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmatizer.lemma(infos[i], tags[i]);
            lemmas[i] = tags[i] == Upos.VERB ? lemmatizer.withParticle(words, tags, i, lemma) : lemma;
        }
        return new TaggedSentence(tags, lemmas);
    }

    public PosModel model() {
        return tagger.model();
    }

    public Lemmatizer lemmatizer() {
        return lemmatizer;
    }
}
