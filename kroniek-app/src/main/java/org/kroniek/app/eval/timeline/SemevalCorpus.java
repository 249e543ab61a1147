package org.kroniek.app.eval.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One corpus of the SemEval-2015 Task 4 data (e.g. {@code SemEval_Task4_data/corpus_1}): the track A input
 * (raw, tokenised Wikinews articles in {@code corpus_trackA_TimeML/*.tml}: document id, creation time and
 * numbered sentences of space-separated tokens), the target entities and the gold timelines (by file name).
 */
public record SemevalCorpus(String name, List<Article> articles, List<String> targets, Map<String, Timeline> gold) {

    /** An input article; {@code sentences.get(i)} is sentence {@code sentenceIds.get(i)} as its tokens. */
    public record Article(String docId, String dct, List<Integer> sentenceIds, List<List<String>> sentences) {
    }

    private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<\\s]+)\\s*</DOCID>");
    private static final Pattern DCT = Pattern.compile("functionInDocument=\"CREATION_TIME\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SENTENCE = Pattern.compile("<s id=\"(\\d+)\">(.*?)</s>", Pattern.DOTALL);

    /** The corpus directories under a data directory (the directory itself when it is one). */
    public static List<Path> corpusDirs(Path dir) throws IOException {
        if (Files.isDirectory(dir.resolve("corpus_trackA_TimeML"))) {
            return List.of(dir);
        }
        Path data = Files.isDirectory(dir.resolve("SemEval_Task4_data")) ? dir.resolve("SemEval_Task4_data") : dir;
        try (Stream<Path> s = Files.list(data)) {
            List<Path> dirs = s.filter(p -> Files.isDirectory(p.resolve("corpus_trackA_TimeML"))).sorted().toList();
            if (dirs.isEmpty()) {
                throw new IOException(dir + " holds no SemEval-2015 Task 4 corpus (corpus_N/corpus_trackA_TimeML)");
            }
            return dirs;
        }
    }

    public static SemevalCorpus read(Path dir) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("corpus_trackA_TimeML"))) {
            for (Path tml : s.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                articles.add(readArticle(tml));
            }
        }
        Path targetsFile;
        try (Stream<Path> s = Files.list(dir)) {
            targetsFile = s.filter(p -> p.getFileName().toString().startsWith("list_target_entities")).findFirst()
                    .orElseThrow(() -> new IOException(dir + ": no list_target_entities_*.txt"));
        }
        List<String> targets = Files.readAllLines(targetsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        Map<String, Timeline> gold = new LinkedHashMap<>();
        Path goldDir = dir.resolve("TimeLines_Gold_Standard");
        if (Files.isDirectory(goldDir)) {
            try (Stream<Path> s = Files.list(goldDir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String stem = f.getFileName().toString();
                    gold.put(stem.substring(0, stem.length() - ".txt".length()), Timeline.read(f));
                }
            }
        }
        return new SemevalCorpus(dir.getFileName().toString(), List.copyOf(articles), targets, gold);
    }

    /**
     * The gold timeline of a target entity: files are named after it ({@code S&P 500} -> {@code s&p_500.txt}),
     * while the name inside a file may be misspelt ("United States Air Froce").
     */
    public Timeline goldFor(String target) {
        return gold.get(target.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'));
    }

    static Article readArticle(Path tml) throws IOException {
        String xml = Files.readString(tml, StandardCharsets.UTF_8);
        Matcher id = DOCID.matcher(xml);
        Matcher dct = DCT.matcher(xml);
        if (!id.find() || !dct.find()) {
            throw new IOException(tml + ": no DOCID or CREATION_TIME timex (not a track A TimeML file)");
        }
        List<Integer> ids = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(xml);
        while (s.find()) {
            ids.add(Integer.parseInt(s.group(1)));
            String text = unescape(s.group(2).replaceAll("<[^>]+>", "")).strip();
            sentences.add(text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+")));
        }
        return new Article(id.group(1), dct.group(1), List.copyOf(ids), List.copyOf(sentences));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
