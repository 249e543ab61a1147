package org.kroniek.nlp.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kroniek.nlp.conllu.ConlluReader;
import org.kroniek.nlp.conllu.ConlluSentence;
import org.kroniek.nlp.conllu.ConlluToken;
import org.kroniek.nlp.pos.DutchPosAnalyzer;
import org.kroniek.nlp.pos.TaggedSentence;

/**
 * Scores the shipped Dutch POS tagger and lemmatiser on a CoNLL-U file, feeding it the gold tokenisation and
 * sentence split, through the same {@link DutchPosAnalyzer} the pipeline stage uses. Lemmas are compared
 * exactly (case and {@code _} compound boundaries included), as UD's evaluation does.
 */
public final class PosEvaluator {
    private PosEvaluator() {
    }

    public static PosScores evaluate(Path conllu) {
        return evaluate(conllu, DutchPosAnalyzer.shared());
    }

    public static PosScores evaluate(Path conllu, DutchPosAnalyzer analyzer) {
        List<ConlluSentence> sentences = ConlluReader.read(conllu);
        int tokens = 0, upos = 0, lemma = 0, unknown = 0, unknownUpos = 0, unknownLemma = 0;
        Map<String, int[]> perUpos = new TreeMap<>();
        for (ConlluSentence sentence : sentences) {
            TaggedSentence tagged = analyzer.analyze(sentence.forms());
            for (int i = 0; i < tagged.tags().length; i++) {
                ConlluToken gold = sentence.tokens().get(i);
                boolean tagOk = tagged.tags()[i].name().equals(gold.upos());
                boolean lemmaOk = tagged.lemmas()[i].equals(gold.lemma());
                boolean isUnknown = !analyzer.model().memory().isKnownForm(gold.form());
                tokens++;
                upos += tagOk ? 1 : 0;
                lemma += lemmaOk ? 1 : 0;
                int[] counts = perUpos.computeIfAbsent(gold.upos(), k -> new int[2]);
                counts[0] += tagOk ? 1 : 0;
                counts[1]++;
                if (isUnknown) {
                    unknown++;
                    unknownUpos += tagOk ? 1 : 0;
                    unknownLemma += lemmaOk ? 1 : 0;
                }
            }
        }
        return new PosScores(conllu.toString(), tokens, upos, lemma, unknown, unknownUpos, unknownLemma, perUpos);
    }
}
