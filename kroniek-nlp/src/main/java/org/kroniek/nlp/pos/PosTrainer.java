package org.kroniek.nlp.pos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kroniek.nlp.conllu.ConlluReader;
import org.kroniek.nlp.conllu.ConlluSentence;
import org.kroniek.nlp.conllu.ConlluToken;

/**
 * Trains the averaged-perceptron POS model from CoNLL-U files. Deterministic: sentences are shuffled with a
 * fixed seed, and the word-identity dropout uses the same seeded generator.
 */
public final class PosTrainer {
    /** Passes over the training data when no dev file picks the number (chosen by cross-validation, see NOTE.md). */
    public static final int DEFAULT_ITERATIONS = 10;
    static final long SEED = 20240601L;
    /** Words seen at most this often in training ... */
    private static final int RARE_COUNT = 2;
    /** ... hide their identity features this often, so the model learns to tag unseen words. */
    private static final double RARE_DROPOUT = 0.25;
    private static final float PRUNE_BELOW = 0f;

    private PosTrainer() {
    }

    /**
     * Trains on {@code trainConllu} and writes the model to {@code out}. With {@code devConllu}, the number of
     * iterations (up to twice the default) that tags the dev file best is kept; without, {@link #DEFAULT_ITERATIONS}.
     */
    public static void train(List<Path> trainConllu, Path devConllu, Path out) {
        List<ConlluSentence> train = ConlluReader.readAll(trainConllu);
        List<ConlluSentence> dev = devConllu == null ? null : ConlluReader.read(devConllu);
        PosModel model = train(train, dev, DutchLexicon.load(), DEFAULT_ITERATIONS, msg -> System.err.println(msg));
        model.save(out);
    }

    /** Trains a model in memory (also used by tests with tiny fixtures). */
    public static PosModel train(List<ConlluSentence> train, List<ConlluSentence> dev, DutchLexicon lexicon,
                                 int iterations, java.util.function.Consumer<String> log) {
        List<Example> examples = new ArrayList<>();
        Map<String, Integer> formCounts = new HashMap<>();
        LemmaMemory.Builder memory = new LemmaMemory.Builder();
        for (ConlluSentence s : train) {
            for (ConlluToken t : s.tokens()) {
                formCounts.merge(t.form(), 1, Integer::sum);
                memory.add(t.form(), Upos.parse(t.upos()), t.lemma());
            }
        }
        for (ConlluSentence s : train) {
            examples.add(Example.of(s, lexicon, formCounts));
        }
        LemmaMemory lemmaMemory = memory.build();

        TrainableWeights weights = new TrainableWeights(Upos.COUNT);
        Random random = new Random(SEED);
        float[] scores = new float[Upos.COUNT];
        long[] history = new long[SentenceFeatures.HISTORY_FEATURES];
        int step = 0;
        int maxIterations = dev == null ? iterations : iterations * 2;
        double bestDev = -1;
        WeightTable best = null;
        for (int it = 1; it <= maxIterations; it++) {
            java.util.Collections.shuffle(examples, random);
            int correct = 0;
            int total = 0;
            for (Example ex : examples) {
                boolean[] hide = new boolean[ex.words.length];
                for (int i = 0; i < hide.length; i++) {
                    hide[i] = ex.rare[i] && random.nextDouble() < RARE_DROPOUT;
                }
                SentenceFeatures sentence = new SentenceFeatures(ex.words, ex.entries, hide);
                int[] predicted = new int[ex.words.length];
                for (int i = 0; i < ex.words.length; i++) {
                    step++;
                    int prev1 = i > 0 ? predicted[i - 1] : -1;
                    int prev2 = i > 1 ? predicted[i - 2] : -1;
                    int guess = GreedyDecoder.best(sentence, i, prev1, prev2, weights, scores, history);
                    predicted[i] = guess;
                    int gold = ex.gold[i];
                    total++;
                    if (guess == gold) {
                        correct++;
                        continue;
                    }
                    for (int k = sentence.start[i]; k < sentence.start[i + 1]; k++) {
                        weights.update(sentence.features[k], gold, 1f, step);
                        weights.update(sentence.features[k], guess, -1f, step);
                    }
                    sentence.historyFeatures(i, prev1, prev2, history);
                    for (long f : history) {
                        weights.update(f, gold, 1f, step);
                        weights.update(f, guess, -1f, step);
                    }
                }
            }
            String line = String.format(java.util.Locale.ROOT, "iteration %d: train accuracy %.4f", it,
                    (double) correct / Math.max(1, total));
            if (dev != null) {
                WeightTable snapshot = weights.averaged(step, PRUNE_BELOW);
                double acc = accuracy(dev, new PosModel(snapshot, lemmaMemory), lexicon);
                line += String.format(java.util.Locale.ROOT, ", dev accuracy %.4f", acc);
                if (acc > bestDev) {
                    bestDev = acc;
                    best = snapshot;
                }
            }
            log.accept(line);
        }
        WeightTable finalWeights = best != null ? best : weights.averaged(step, PRUNE_BELOW);
        return new PosModel(finalWeights, lemmaMemory);
    }

    static double accuracy(List<ConlluSentence> sentences, PosModel model, DutchLexicon lexicon) {
        PerceptronTagger tagger = new PerceptronTagger(model, lexicon);
        int correct = 0;
        int total = 0;
        for (ConlluSentence s : sentences) {
            Upos[] tags = tagger.tag(s.forms());
            for (int i = 0; i < tags.length; i++) {
                total++;
                if (tags[i].name().equals(s.tokens().get(i).upos())) {
                    correct++;
                }
            }
        }
        return (double) correct / Math.max(1, total);
    }

    /** One training sentence with its lexicon entries and gold tags precomputed. */
    private record Example(String[] words, LexiconEntry[] entries, int[] gold, boolean[] rare) {
        static Example of(ConlluSentence s, DutchLexicon lexicon, Map<String, Integer> formCounts) {
            String[] words = s.forms();
            LexiconEntry[] entries = new LexiconEntry[words.length];
            int[] gold = new int[words.length];
            boolean[] rare = new boolean[words.length];
            for (int i = 0; i < words.length; i++) {
                entries[i] = lexicon.lookup(words[i]);
                gold[i] = Upos.parse(s.tokens().get(i).upos()).ordinal();
                rare[i] = formCounts.getOrDefault(words[i], 0) <= RARE_COUNT;
            }
            return new Example(words, entries, gold, rare);
        }
    }
}
