package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Sentence;
import org.kroniek.core.Stage;
import org.kroniek.core.Token;

/**
 * The "ner" stage: labels the tokens of each sentence (headings included) with the Dutch CoNLL-2002 model
 * and sets the document's entities (PER, LOC, ORG, MISC) with a confidence. Needs tokens (and ideally
 * sentences) from the tokenizer; without sentences all tokens are tagged as one. There is no English model
 * yet: documents in other languages than Dutch get no entities.
 */
public final class NerStage implements Stage {
    private final NerTagger tagger;

    /** Uses the shipped Dutch model, loaded once per process and shared by all instances and threads. */
    public NerStage() {
        this(NerTagger.dutch());
    }

    public NerStage(NerTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public void process(Document document) {
        if (!isDutch(document.getLanguage()) || document.getTokens().isEmpty()) {
            document.setEntities(List.of());
            return;
        }
        String text = document.getText();
        List<Token> tokens = document.getTokens();
        List<int[]> ranges = sentenceTokenRanges(document.getSentences(), tokens);
        List<String[]> words = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            String[] w = new String[r[1] - r[0]];
            for (int i = r[0]; i < r[1]; i++) {
                Token t = tokens.get(i);
                w[i - r[0]] = text.substring(t.start(), t.end());
            }
            words.add(w);
        }
        List<NerPrediction> predictions = tagger.tagDocument(words, true);
        List<Entity> entities = new ArrayList<>();
        for (int s = 0; s < ranges.size(); s++) {
            int offset = ranges.get(s)[0];
            NerPrediction p = predictions.get(s);
            for (int c = 0; c < p.chunks().size(); c++) {
                Chunk chunk = p.chunks().get(c);
                int start = tokens.get(offset + chunk.start()).start();
                int end = tokens.get(offset + chunk.end() - 1).end();
                double confidence = Math.round(p.confidences()[c] * 1000) / 1000.0;
                entities.add(new Entity(start, end, text.substring(start, end), chunk.type(), null, null, confidence));
            }
        }
        document.setEntities(entities);
    }

    /** Dutch, or unknown language (kroniek's default). */
    private static boolean isDutch(String language) {
        return language == null || language.isEmpty() || language.equalsIgnoreCase("nl")
                || language.toLowerCase(java.util.Locale.ROOT).startsWith("nl-");
    }

    /**
     * Token index ranges [from, to) per sentence, in order; tokens outside every sentence form ranges of
     * their own so nothing is skipped. No sentences: one range over all tokens.
     */
    static List<int[]> sentenceTokenRanges(List<Sentence> sentences, List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        if (sentences.isEmpty()) {
            out.add(new int[] {0, tokens.size()});
            return out;
        }
        int i = 0;
        for (Sentence s : sentences) {
            int loose = i;
            while (i < tokens.size() && tokens.get(i).start() < s.start()) {
                i++;
            }
            if (i > loose) {
                out.add(new int[] {loose, i});
            }
            int from = i;
            while (i < tokens.size() && tokens.get(i).end() <= s.end()) {
                i++;
            }
            if (i > from) {
                out.add(new int[] {from, i});
            }
        }
        if (i < tokens.size()) {
            out.add(new int[] {i, tokens.size()});
        }
        return out;
    }
}
