package org.kroniek.store.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Each language's text goes to its own fields ({@code text_nl}, {@code text_en}) with its own analyzer: Dutch
 * stemming ({@code onderhandelingen} = {@code onderhandeling}) must not touch English words and vice versa.
 */
final class LanguageAnalyzers {
    private LanguageAnalyzers() {
    }

    static Analyzer perField() {
        Analyzer dutch = new DutchAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        Map<String, Analyzer> analyzers = new HashMap<>();
        analyzers.put(IndexFields.title("nl"), dutch);
        analyzers.put(IndexFields.text("nl"), dutch);
        analyzers.put(IndexFields.title("en"), english);
        analyzers.put(IndexFields.text("en"), english);
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
    }
}
