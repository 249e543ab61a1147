package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Labels sentences with a {@link NerModel}. Thread-safe: the model is shared read-only and each thread
 * keeps its own scratch arrays, so tagging allocates no model state per call.
 */
public final class NerTagger {
    private final NerModel model;
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    public NerTagger(NerModel model) {
        this.model = model;
    }

    private static volatile NerTagger dutch;

    /** A tagger over the shipped Dutch model (loaded once per process). */
    public static NerTagger dutch() {
        NerTagger t = dutch;
        if (t == null) {
            synchronized (NerTagger.class) {
                if (dutch == null) {
                    dutch = new NerTagger(NerModel.dutch());
                }
                t = dutch;
            }
        }
        return t;
    }

    public NerModel model() {
        return model;
    }

    /** Tags one sentence on its own (no document context). */
    public NerPrediction tag(String[] words) {
        return tagDocument(List.<String[]>of(words), false).getFirst();
    }

    /**
     * Tags the sentences of one article; the article is the context for document-level features.
     * Confidences cost a forward-backward pass per sentence, so they are optional.
     */
    public List<NerPrediction> tagDocument(List<String[]> sentences, boolean withConfidence) {
        return tagDocument(model, sentences, workspaces.get(), withConfidence);
    }

    static List<NerPrediction> tagDocument(NerModel model, List<String[]> sentences, Workspace ws,
                                           boolean withConfidence) {
        DocumentContext doc = DocumentContext.of(sentences);
        FeatureExtractor fx = model.features();
        Pass first = model.first();
        Pass second = model.second();
        List<NerPrediction> out = new ArrayList<>(sentences.size());
        if (second == null) {
            for (String[] words : sentences) {
                out.add(tagSentence(fx, first, model.temperature(), words, doc, null, null, ws, withConfidence));
            }
            return out;
        }
        List<int[]> firstLabels = new ArrayList<>(sentences.size());
        for (String[] words : sentences) {
            firstLabels.add(tagSentence(fx, first, 1f, words, doc, null, null, ws, false).labels());
        }
        DocumentLabels docLabels = DocumentLabels.of(sentences, firstLabels);
        for (int s = 0; s < sentences.size(); s++) {
            out.add(tagSentence(fx, second, model.temperature(), sentences.get(s), doc, firstLabels.get(s),
                    docLabels, ws, withConfidence));
        }
        return out;
    }

    /** One pass over one sentence; firstLabels/docLabels are null for the first pass. */
    static NerPrediction tagSentence(FeatureExtractor fx, Pass pass, float temperature, String[] words,
                                     DocumentContext doc, int[] firstLabels, DocumentLabels docLabels, Workspace ws,
                                     boolean withConfidence) {
        return tagSentence(fx, pass.weights(), pass.transitions(), temperature, words, doc, firstLabels, docLabels,
                ws, withConfidence);
    }

    static NerPrediction tagSentence(FeatureExtractor fx, EmissionScorer weights, float[] trans, float temperature,
                                     String[] words, DocumentContext doc, int[] firstLabels,
                                     DocumentLabels docLabels, Workspace ws, boolean withConfidence) {
        int n = words.length;
        int[] labels = new int[n];
        if (n == 0) {
            return new NerPrediction(labels, List.of(), new double[0]);
        }
        FeatureBuffer f = fx.extract(words, doc, ws.features, firstLabels, docLabels);
        ws.score(f, weights);
        Viterbi.decode(ws.emit, n, trans, labels, ws.delta, ws.back);
        List<Chunk> chunks = chunks(labels);
        double[] conf = new double[chunks.size()];
        if (withConfidence) {
            Viterbi.marginals(ws.emit, n, trans, temperature, ws.alpha, ws.beta, ws.marginals);
            for (int c = 0; c < chunks.size(); c++) {
                conf[c] = chunkConfidence(chunks.get(c), labels, ws.marginals, n);
            }
        } else {
            Arrays.fill(conf, Double.NaN);
        }
        return new NerPrediction(labels, chunks, conf);
    }

    /**
     * Lowest marginal of the chunk's labels, also counting the chance that the next token extends it, so a
     * chunk whose end is uncertain gets a lower confidence.
     */
    static double chunkConfidence(Chunk c, int[] labels, float[] marg, int n) {
        double p = 1;
        for (int i = c.start(); i < c.end(); i++) {
            p = Math.min(p, marg[i * Viterbi.L + labels[i]]);
        }
        if (c.end() < n) {
            p = Math.min(p, 1 - marg[c.end() * Viterbi.L + NerLabels.inside(NerLabels.typeIndex(c.type()))]);
        }
        return Math.max(0, Math.min(1, p));
    }

    /** Chunks from a BIO-consistent label sequence (as Viterbi produces). */
    static List<Chunk> chunks(int[] labels) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            int l = labels[i];
            if (l == NerLabels.O) {
                i++;
                continue;
            }
            int type = NerLabels.typeOf(l);
            int j = i + 1;
            while (j < labels.length && labels[j] == NerLabels.inside(type)) {
                j++;
            }
            out.add(new Chunk(i, j, NerLabels.TYPES[type]));
            i = j;
        }
        return out;
    }
}
