package org.kroniek.nlp.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.nlp.ner.ChunkCounts;
import org.kroniek.nlp.ner.ConllReader;
import org.kroniek.nlp.ner.ConllSentence;
import org.kroniek.nlp.ner.IobChunker;
import org.kroniek.nlp.ner.NerModel;
import org.kroniek.nlp.ner.NerPrediction;
import org.kroniek.nlp.ner.NerTagger;

/**
 * {@code kroniek eval ner}: tags the words of a CoNLL-2002 file with a NER model (article by article, as
 * the stage sees documents) and scores the predicted chunks against the file's tags like conlleval.
 */
public final class NerEvaluator {
    private NerEvaluator() {
    }

    /** Scores the shipped Dutch model on a CoNLL file. */
    public static NerScores evaluate(Path conllFile) {
        return evaluate(conllFile, NerModel.dutch());
    }

    public static NerScores evaluate(Path conllFile, NerModel model) {
        NerTagger tagger = new NerTagger(model);
        ChunkCounts counts = new ChunkCounts();
        for (List<ConllSentence> doc : ConllReader.readDocuments(conllFile)) {
            List<String[]> words = new ArrayList<>(doc.size());
            for (ConllSentence s : doc) {
                words.add(s.words());
            }
            List<NerPrediction> predictions = tagger.tagDocument(words, false);
            for (int i = 0; i < doc.size(); i++) {
                ConllSentence s = doc.get(i);
                NerPrediction p = predictions.get(i);
                counts.add(IobChunker.chunks(s.tags()), p.chunks(), s.tags(), p.labelNames());
            }
        }
        return scores(conllFile.toString(), counts);
    }

    /** Scores from conlleval counts (also used by the trainer's report). */
    public static NerScores scores(String file, ChunkCounts counts) {
        Map<String, NerScores.Score> byType = new LinkedHashMap<>();
        counts.byType().forEach((type, c) -> byType.put(type, new NerScores.Score(c[0], c[1], c[2])));
        return new NerScores(file, new NerScores.Score(counts.gold(), counts.guessed(), counts.correct()), byType,
                counts.tokens(), counts.correctTokens());
    }

    /** {@code java ... NerEvaluator FILE [MODEL]}: prints the table. */
    public static void main(String[] args) {
        NerScores s = args.length > 1 ? evaluate(Path.of(args[0]), NerModel.load(Path.of(args[1])))
                : evaluate(Path.of(args[0]));
        System.out.print(s.toTable());
    }
}
