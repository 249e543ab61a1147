package org.kroniek.store.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Term counts of a text with the same per-language analysis as search (stop words removed, stemmed), so that
 * "talks" and "talk", "gesprekken" and "gesprek" meet. Numbers and one-letter tokens carry no story.
 */
public final class StoryTerms {
    private final Map<String, Analyzer> analyzers = new HashMap<>();

    public Map<String, Integer> count(String text, String language) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null || text.isBlank()) {
            return counts;
        }
        Analyzer analyzer = analyzers.computeIfAbsent(language == null ? "" : language, StoryTerms::analyzerFor);
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            String previous = null;
            while (stream.incrementToken()) {
                String t = term.toString();
                if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
                    counts.merge(t, 1, Integer::sum);
                    // Adjacent word pairs ("malaysia airlin", "plosser taper") tell stories apart where single
                    // words are shared by many; a removed stop word between two words breaks the pair.
                    if (previous != null && increment.getPositionIncrement() == 1) {
                        counts.merge(previous + " " + t, 1, Integer::sum);
                    }
                    previous = t;
                } else {
                    previous = null;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static Analyzer analyzerFor(String language) {
        return switch (language) {
            case "nl" -> new DutchAnalyzer();
            case "en" -> new EnglishAnalyzer();
            default -> new StandardAnalyzer();
        };
    }
}
