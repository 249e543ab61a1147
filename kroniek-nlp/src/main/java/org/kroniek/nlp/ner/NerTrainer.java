package org.kroniek.nlp.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the NER model: two averaged structured perceptrons over BIO labels with Viterbi decoding. The
 * first tags from local features; the second also sees the first's labels across the article (trained on
 * cross-validated first-pass output, so it learns how far to trust them). Iterations are chosen on a dev
 * file by early stopping. Deterministic (fixed seeds), so the same data gives the same model.
 */
public final class NerTrainer {
    /** Knobs for experiments; {@link #defaults()} reproduces the shipped model. */
    public record Options(int maxIterations, int patience, int featureGroups, double capsAugmentation,
                          float pruneBelow, long seed, boolean stacked, int folds, boolean verbose) {
        public static Options defaults() {
            return new Options(25, 4, FeatureExtractor.ALL, 0.08, 0.01f, 20020901L, true, 4, true);
        }

        public Options withFeatureGroups(int groups) {
            return new Options(maxIterations, patience, groups, capsAugmentation, pruneBelow, seed, stacked, folds,
                    verbose);
        }

        public Options withCapsAugmentation(double rate) {
            return new Options(maxIterations, patience, featureGroups, rate, pruneBelow, seed, stacked, folds,
                    verbose);
        }

        public Options withStacking(boolean on) {
            return new Options(maxIterations, patience, featureGroups, capsAugmentation, pruneBelow, seed, on, folds,
                    verbose);
        }

        public Options withMaxIterations(int n) {
            return new Options(n, Math.min(patience, n), featureGroups, capsAugmentation, pruneBelow, seed, stacked,
                    folds, verbose);
        }

        public Options quiet() {
            return new Options(maxIterations, patience, featureGroups, capsAugmentation, pruneBelow, seed, stacked,
                    folds, false);
        }
    }

    private NerTrainer() {
    }

    /** Trains on {@code train}, early-stops on {@code dev}, writes the model to {@code out}. */
    public static TrainingReport train(Path train, Path dev, Path out) {
        return train(train, dev, out, Options.defaults());
    }

    public static TrainingReport train(Path train, Path dev, Path out, Options options) {
        long t0 = System.currentTimeMillis();
        Result r = train(ConllReader.readDocuments(train), ConllReader.readDocuments(dev), options);
        r.model.save(out);
        long bytes;
        try {
            bytes = Files.size(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TrainingReport(train, dev, out, r.devF1, r.bestIteration, r.bestF1, r.model.featureCount(), bytes,
                r.model.temperature(), System.currentTimeMillis() - t0);
    }

    record Result(NerModel model, List<Double> devF1, int bestIteration, double bestF1) {
    }

    /** A training sentence (possibly a capitals copy of one) with the index of its article. */
    private record Sample(int doc, String[] words, int[] gold, boolean copy) {
    }

    static Result train(List<List<ConllSentence>> trainDocs, List<List<ConllSentence>> devDocs, Options o) {
        Consumer<String> log = msg -> {
            if (o.verbose()) {
                System.err.println(msg);
            }
        };
        Gazetteer gaz = (o.featureGroups() & FeatureExtractor.GAZETTEER) != 0 ? Gazetteer.fromResources()
                : Gazetteer.empty();
        FeatureExtractor fx = new FeatureExtractor(gaz, o.featureGroups());
        List<Sample> samples = samples(trainDocs, o);
        List<DocumentContext> contexts = new ArrayList<>();
        for (List<ConllSentence> doc : trainDocs) {
            contexts.add(DocumentContext.of(words(doc)));
        }
        log.accept(String.format(Locale.ROOT, "%d training sentences (%.0f%% with a capitals copy), gazetteer %d "
                + "entries", samples.size(), o.capsAugmentation() * 100, gaz.size()));

        log.accept("pass 1");
        List<Perceptron.Instance> firstInstances = firstPassInstances(samples, contexts, fx);
        Perceptron.Trained first = Perceptron.train(firstInstances,
                (w, t) -> devF1(devDocs, fx, new Pass(null, t), w, null), o.maxIterations(), o.patience(), o.seed(),
                o.pruneBelow(), log);
        Pass firstPass = new Pass(first.weights(), first.transitions());
        NerModel model = new NerModel(fx, firstPass, null, 1f);
        Perceptron.Trained last = first;
        if (o.stacked()) {
            log.accept(String.format(Locale.ROOT, "pass 1 kept iteration %d (dev F1 %.4f); %d-fold first-pass "
                    + "labels for pass 2", first.bestIteration(), first.bestF1(), o.folds()));
            List<int[]> crossLabels = crossValidatedLabels(samples, firstInstances, fx, o, first.bestIteration());
            List<Perceptron.Instance> secondInstances = secondPassInstances(samples, contexts, crossLabels, fx);
            List<List<int[]>> devFirst = firstPassLabels(devDocs, fx, firstPass);
            log.accept("pass 2");
            Perceptron.Trained second = Perceptron.train(secondInstances,
                    (w, t) -> devF1(devDocs, fx, new Pass(null, t), w, devFirst), o.maxIterations(), o.patience(),
                    o.seed() + 1, o.pruneBelow(), log);
            model = new NerModel(fx, firstPass, new Pass(second.weights(), second.transitions()), 1f);
            last = second;
        }
        float temperature = ConfidenceCalibration.fit(model, devDocs);
        log.accept(String.format(Locale.ROOT, "kept iteration %d (dev F1 %.4f), %d features after pruning, "
                + "temperature %.2f", last.bestIteration(), last.bestF1(), model.featureCount(), temperature));
        return new Result(model.withTemperature(temperature), last.devF1(), last.bestIteration(), last.bestF1());
    }

    private static List<Sample> samples(List<List<ConllSentence>> docs, Options o) {
        List<Sample> out = new ArrayList<>();
        Random augment = new Random(o.seed() ^ 0xCA95L);
        for (int d = 0; d < docs.size(); d++) {
            for (ConllSentence s : docs.get(d)) {
                int[] gold = NerLabels.toIob2Labels(s.tags());
                out.add(new Sample(d, s.words(), gold, false));
                if (s.size() >= 3 && augment.nextDouble() < o.capsAugmentation()) {
                    String[] upper = new String[s.size()];
                    for (int i = 0; i < upper.length; i++) {
                        upper[i] = s.words()[i].toUpperCase(Locale.ROOT);
                    }
                    out.add(new Sample(d, upper, gold, true));
                }
            }
        }
        return out;
    }

    private static List<Perceptron.Instance> firstPassInstances(List<Sample> samples, List<DocumentContext> ctx,
                                                                FeatureExtractor fx) {
        FeatureExtractor.Scratch scratch = new FeatureExtractor.Scratch();
        List<Perceptron.Instance> out = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            out.add(Perceptron.Instance.of(fx.extract(s.words(), ctx.get(s.doc()), scratch), s.gold()));
        }
        return out;
    }

    /**
     * First-pass labels for every training sample from a model that did not see its article: articles are
     * split into folds, and each fold is tagged by a perceptron trained on the others.
     */
    private static List<int[]> crossValidatedLabels(List<Sample> samples, List<Perceptron.Instance> instances,
                                                    FeatureExtractor fx, Options o, int iterations) {
        int[][] labels = new int[samples.size()][];
        Workspace ws = new Workspace();
        for (int fold = 0; fold < o.folds(); fold++) {
            List<Perceptron.Instance> train = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).doc() % o.folds() != fold) {
                    train.add(instances.get(i));
                }
            }
            Perceptron.Trained t = Perceptron.train(train, null, iterations, 0, o.seed() + 100 + fold,
                    o.pruneBelow(), msg -> { });
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).doc() % o.folds() == fold) {
                    Perceptron.Instance inst = instances.get(i);
                    labels[i] = decode(inst, t.weights(), t.transitions(), ws);
                }
            }
        }
        return List.of(labels);
    }

    private static int[] decode(Perceptron.Instance inst, EmissionScorer w, float[] trans, Workspace ws) {
        int n = inst.gold().length;
        int L = NerLabels.COUNT;
        ws.ensure(n);
        java.util.Arrays.fill(ws.emit, 0, n * L, 0f);
        for (int i = 0; i < n; i++) {
            for (int k = inst.start()[i]; k < inst.start()[i + 1]; k++) {
                w.addScores(inst.keys()[k], ws.emit, i * L);
            }
        }
        int[] out = new int[n];
        Viterbi.decode(ws.emit, n, trans, out, ws.delta, ws.back);
        return out;
    }

    private static List<Perceptron.Instance> secondPassInstances(List<Sample> samples, List<DocumentContext> ctx,
                                                                 List<int[]> firstLabels, FeatureExtractor fx) {
        // Article-level label counts come from the original sentences only (copies would count twice).
        List<List<String[]>> docWords = new ArrayList<>();
        List<List<int[]>> docLabels = new ArrayList<>();
        for (int i = 0; i < ctx.size(); i++) {
            docWords.add(new ArrayList<>());
            docLabels.add(new ArrayList<>());
        }
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (!s.copy()) {
                docWords.get(s.doc()).add(s.words());
                docLabels.get(s.doc()).add(firstLabels.get(i));
            }
        }
        List<DocumentLabels> labelsByDoc = new ArrayList<>();
        for (int d = 0; d < ctx.size(); d++) {
            labelsByDoc.add(DocumentLabels.of(docWords.get(d), docLabels.get(d)));
        }
        FeatureExtractor.Scratch scratch = new FeatureExtractor.Scratch();
        List<Perceptron.Instance> out = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            out.add(Perceptron.Instance.of(fx.extract(s.words(), ctx.get(s.doc()), scratch, firstLabels.get(i),
                    labelsByDoc.get(s.doc())), s.gold()));
        }
        return out;
    }

    private static List<List<int[]>> firstPassLabels(List<List<ConllSentence>> docs, FeatureExtractor fx, Pass first) {
        Workspace ws = new Workspace();
        List<List<int[]>> out = new ArrayList<>();
        for (List<ConllSentence> doc : docs) {
            DocumentContext ctx = DocumentContext.of(words(doc));
            List<int[]> labels = new ArrayList<>();
            for (ConllSentence s : doc) {
                labels.add(NerTagger.tagSentence(fx, first, 1f, s.words(), ctx, null, null, ws, false).labels());
            }
            out.add(labels);
        }
        return out;
    }

    /** Dev F1 of one pass; firstLabels (per article, per sentence) given for the second pass. */
    private static double devF1(List<List<ConllSentence>> docs, FeatureExtractor fx, Pass pass, EmissionScorer w,
                                List<List<int[]>> firstLabels) {
        ChunkCounts counts = new ChunkCounts();
        Workspace ws = new Workspace();
        for (int d = 0; d < docs.size(); d++) {
            List<ConllSentence> doc = docs.get(d);
            List<String[]> words = words(doc);
            DocumentContext ctx = DocumentContext.of(words);
            DocumentLabels docLabels = firstLabels == null ? null : DocumentLabels.of(words, firstLabels.get(d));
            for (int s = 0; s < doc.size(); s++) {
                ConllSentence sentence = doc.get(s);
                NerPrediction p = NerTagger.tagSentence(fx, w, pass.transitions(), 1f, sentence.words(), ctx,
                        firstLabels == null ? null : firstLabels.get(d).get(s), docLabels, ws, false);
                counts.add(IobChunker.chunks(sentence.tags()), p.chunks(), sentence.tags(), p.labelNames());
            }
        }
        return counts.f1();
    }

    static List<String[]> words(List<ConllSentence> doc) {
        List<String[]> out = new ArrayList<>(doc.size());
        for (ConllSentence s : doc) {
            out.add(s.words());
        }
        return out;
    }

    /** {@code java ... NerTrainer TRAIN DEV OUT [groups [capsRate [stacked]]]}; like {@code kroniek train ner}. */
    public static void main(String[] args) {
        Options o = Options.defaults();
        if (args.length > 3) {
            o = o.withFeatureGroups(Integer.parseInt(args[3]));
        }
        if (args.length > 4) {
            o = o.withCapsAugmentation(Double.parseDouble(args[4]));
        }
        if (args.length > 5) {
            o = o.withStacking(Boolean.parseBoolean(args[5]));
        }
        TrainingReport r = train(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), o);
        System.out.println(r.summary());
    }
}
