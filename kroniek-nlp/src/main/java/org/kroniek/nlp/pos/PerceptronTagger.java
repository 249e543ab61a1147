package org.kroniek.nlp.pos;

/**
 * Dutch UPOS tagger: an averaged perceptron over word, affix, shape, lexicon and neighbour features, decoded
 * greedily left to right with the two previous tags as features.
 *
 * <p>Tagging is organised for speed: the scores of every feature group that depends on one word only (the
 * word itself, and the word seen as a neighbour) are summed once per word form and kept in a bounded shared
 * cache ({@link WordInfo}); per token only the context and tag-history features are looked up. Training lists
 * the same features one by one ({@link SentenceFeatures}), so both paths score alike. Thread-safe: model,
 * lexicon and cache are shared; each call allocates only its own small scratch arrays.
 */
public final class PerceptronTagger {
    /** Word forms whose summed scores are kept (about 0.6 KB each). */
    private static final int CACHE_LIMIT = 50_000;

    private final PosModel model;
    private final DutchLexicon lexicon;
    private final WeightTable weights;
    private final int tagCount;
    private final WordCache<WordInfo> words;
    /** Score rows for neighbour positions outside the sentence, indexed by {@link WordInfo} group. */
    private final float[] boundary;

    public PerceptronTagger(PosModel model, DutchLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
        this.weights = model.weights();
        this.tagCount = weights.tagCount();
        this.words = new WordCache<>(CACHE_LIMIT, form -> WordInfo.of(form, lexicon.lookup(form), weights));
        this.boundary = new float[WordInfo.GROUPS * tagCount];
        long[] f = new long[SentenceFeatures.MAX_NEIGHBOUR_FEATURES];
        weights.addTo(f, SentenceFeatures.previousBoundary(f, 0), boundary, WordInfo.AS_PREVIOUS * tagCount);
        weights.addTo(f, SentenceFeatures.previous2Boundary(f, 0), boundary, WordInfo.AS_PREVIOUS2 * tagCount);
        weights.addTo(f, SentenceFeatures.nextBoundary(f, 0), boundary, WordInfo.AS_NEXT * tagCount);
        weights.addTo(f, SentenceFeatures.next2Boundary(f, 0), boundary, WordInfo.AS_NEXT2 * tagCount);
    }

    /** The UPOS tag of each word of one sentence. */
    public Upos[] tag(String[] forms) {
        int[] tags = tag(lookup(forms));
        Upos[] out = new Upos[tags.length];
        for (int i = 0; i < tags.length; i++) {
            out[i] = Upos.of(tags[i]);
        }
        return out;
    }

    /** The cached per-form data of each word. */
    WordInfo[] lookup(String[] forms) {
        WordInfo[] out = new WordInfo[forms.length];
        for (int i = 0; i < forms.length; i++) {
            out[i] = words.get(forms[i]);
        }
        return out;
    }

    /** Tag indexes ({@link Upos#ordinal()}) of one sentence. */
    int[] tag(WordInfo[] sentence) {
        int n = sentence.length;
        int[] tags = new int[n];
        int[] verbalAhead = verbalAhead(sentence);
        float[] scores = new float[tagCount];
        long[] context = new long[SentenceFeatures.MAX_CONTEXT_FEATURES];
        long[] history = new long[SentenceFeatures.HISTORY_FEATURES];
        for (int i = 0; i < n; i++) {
            WordInfo w = sentence[i];
            System.arraycopy(w.scores, WordInfo.SELF * tagCount, scores, 0, tagCount);
            add(i > 0 ? sentence[i - 1].scores : boundary, WordInfo.AS_PREVIOUS, scores);
            add(i > 1 ? sentence[i - 2].scores : boundary, WordInfo.AS_PREVIOUS2, scores);
            add(i + 1 < n ? sentence[i + 1].scores : boundary, WordInfo.AS_NEXT, scores);
            add(i + 2 < n ? sentence[i + 2].scores : boundary, WordInfo.AS_NEXT2, scores);
            int mask = w.entry.uposMask();
            int c = SentenceFeatures.contextFeatures(i, w.form, w.lowerHash, mask,
                    i + 1 < n ? sentence[i + 1].entry.uposMask() : SentenceFeatures.NO_MASK, verbalAhead[i], context, 0);
            weights.addTo(context, c, scores, 0);
            int h = SentenceFeatures.historyFeatures(i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, w.lowerHash,
                    mask, w.suffix3, i + 1 < n ? sentence[i + 1].lowerHash : SentenceFeatures.END_HASH, history);
            weights.addTo(history, h, scores, 0);
            int best = 0;
            for (int t = 1; t < tagCount; t++) {
                if (scores[t] > scores[best]) {
                    best = t;
                }
            }
            tags[i] = best;
        }
        return tags;
    }

    private void add(float[] rows, int group, float[] scores) {
        int base = group * tagCount;
        for (int t = 0; t < tagCount; t++) {
            scores[t] += rows[base + t];
        }
    }

    /** As {@link SentenceFeatures#verbalAhead}, from the cached word data. */
    private static int[] verbalAhead(WordInfo[] sentence) {
        int participle = LexiconClass.VERB_PARTICIPLE.bit();
        int infinitive = LexiconClass.VERB_INFINITIVE.bit();
        int[] out = new int[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            int v = 0;
            for (int j = i + 1; j < sentence.length && j <= i + 10 && !sentence[j].clauseBreak; j++) {
                int classes = sentence[j].entry.classMask();
                v |= ((classes & participle) != 0 ? 1 : 0) | ((classes & infinitive) != 0 ? 2 : 0);
            }
            out[i] = v;
        }
        return out;
    }

    public PosModel model() {
        return model;
    }

    public DutchLexicon lexicon() {
        return lexicon;
    }
}
