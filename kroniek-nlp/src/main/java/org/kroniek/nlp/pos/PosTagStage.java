package org.kroniek.nlp.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kroniek.core.Document;
import org.kroniek.core.Sentence;
import org.kroniek.core.Stage;
import org.kroniek.core.Token;

/**
 * Sets UPOS and lemma on every token, sentence by sentence (tokens outside any sentence are tagged as one
 * extra run; a document without sentences is one sentence). Dutch uses the shipped model, loaded once per
 * process and shared by all instances and threads. Other languages have no model yet: their tokens are left
 * untagged (pos and lemma stay null).
 */
public final class PosTagStage implements Stage {
    private final Supplier<DutchPosAnalyzer> dutch;

    /** Uses the shipped Dutch model, loaded lazily on the first Dutch document. */
    public PosTagStage() {
        this(DutchPosAnalyzer::shared);
    }

    /** Uses the given analyzer (e.g. a model trained in a test). */
    public PosTagStage(DutchPosAnalyzer analyzer) {
        this(() -> analyzer);
    }

    private PosTagStage(Supplier<DutchPosAnalyzer> dutch) {
        this.dutch = dutch;
    }

    @Override
    public String name() {
        return "pos";
    }

    @Override
    public void process(Document document) {
        List<Token> tokens = document.getTokens();
        if (tokens.isEmpty() || !isDutch(document.getLanguage())) {
            return;
        }
        DutchPosAnalyzer analyzer = dutch.get();
        String text = document.getText();
        List<Token> tagged = new ArrayList<>(tokens.size());
        List<Sentence> sentences = document.getSentences();
        int next = 0;
        for (int si = 0; si < sentences.size(); si++) {
            document.checkTimeBudget(name(), si, sentences.size());
            Sentence sentence = sentences.get(si);
            int from = next;
            while (next < tokens.size() && tokens.get(next).start() < sentence.end()) {
                next++;
            }
            tagRun(analyzer, text, tokens, from, next, tagged);
        }
        tagRun(analyzer, text, tokens, next, tokens.size(), tagged);
        document.setTokens(tagged);
    }

    /** Tags tokens {@code [from, to)} as one sentence and appends them, tagged, to {@code out}. */
    private static void tagRun(DutchPosAnalyzer analyzer, String text, List<Token> tokens, int from, int to,
                               List<Token> out) {
        if (from >= to) {
            return;
        }
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            words[i - from] = text.substring(t.start(), t.end());
        }
        TaggedSentence result = analyzer.analyze(words);
        for (int i = from; i < to; i++) {
            out.add(tokens.get(i).withTags(result.tags()[i - from].name(), result.lemmas()[i - from]));
        }
    }

    /** Dutch is the default when no language is set (kroniek's first language). */
    private static boolean isDutch(String language) {
        return language == null || language.isBlank() || language.toLowerCase(Locale.ROOT).startsWith("nl");
    }
}
