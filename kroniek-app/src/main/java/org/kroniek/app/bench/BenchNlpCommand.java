package org.kroniek.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kroniek.app.cli.Progress;
import org.kroniek.app.cli.SampleCorpus;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;
import org.kroniek.core.Pipeline;
import org.kroniek.core.Stage;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.nlp.tokenize.TokenizeStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kroniek bench nlp}: the standard pipeline (tokenize, POS + lemma, NER, ...) over the sample corpus
 * repeated to a million tokens or more, on 1 and 2 threads, with peak heap and each stage's share of the time.
 * One pipeline object serves all threads, as in the CLI and the server.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = {"Tokens/s and peak heap of the analysis pipeline on 1..N threads, and each stage's share.",
            "Run with KRONIEK_JAVA_OPTS=-Xmx1g to check the memory target."})
public final class BenchNlpCommand implements Callable<Integer> {
    @Option(names = "--tokens", defaultValue = "1000000", paramLabel = "N",
            description = "Repeat the corpus until it has at least N tokens (default: ${DEFAULT-VALUE}).")
    long targetTokens;

    @Option(names = "--threads", defaultValue = "1,2", split = ",", paramLabel = "N",
            description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threadCounts;

    @Option(names = "--runs", defaultValue = "2", paramLabel = "N",
            description = "Measured runs per thread count; the best is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--language", defaultValue = "nl", description = "Only documents in this language (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Corpus to repeat (default: the bundled samples).")
    Path corpus;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Document> corpusDocs = repeatedCorpus();
        long tokens = countTokens(corpusDocs);
        Pipeline pipeline = NlpPipelines.standard();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "nlp");
        result.put("stages", pipeline.stages().stream().map(Stage::name).toList());
        result.put("documents", corpusDocs.size());
        result.put("tokens", tokens);
        result.put("stage_share", stageShares(pipeline, corpusDocs));
        List<Map<String, Object>> byThreads = new ArrayList<>();
        for (int threads : threadCounts) {
            byThreads.add(measure(pipeline, corpusDocs, tokens, threads));
        }
        result.put("runs", byThreads);
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        result.put("java", Runtime.version().toString());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        print(result);
        return 0;
    }

    private List<Document> repeatedCorpus() {
        List<Document> seeds = BenchCorpus.read(corpus == null ? SampleCorpus.directory() : corpus).stream()
                .filter(d -> language.equals(d.getLanguage())).toList();
        if (seeds.isEmpty()) {
            throw new IllegalStateException("the corpus has no documents in language " + language);
        }
        long perPass = countTokens(seeds);
        List<Document> docs = new ArrayList<>();
        for (long pass = 0; (long) docs.size() / seeds.size() * perPass < targetTokens; pass++) {
            for (Document seed : seeds) {
                docs.add(BenchCorpus.copyInput(seed, seed.getId() + "-" + pass));
            }
        }
        return docs;
    }

    private static long countTokens(List<Document> docs) {
        TokenizeStage tokenizer = new TokenizeStage();
        long tokens = 0;
        for (Document doc : docs) {
            Document copy = BenchCorpus.copyInput(doc, doc.getId());
            tokenizer.process(copy);
            tokens += copy.getTokens().size();
        }
        return tokens;
    }

    /** One single-threaded pass timing each stage separately; it doubles as the JIT warm-up. */
    private static Map<String, Object> stageShares(Pipeline pipeline, List<Document> docs) {
        long[] nanos = new long[pipeline.stages().size()];
        try (Progress progress = Progress.onStderr("documents (warm-up, timing stages)", docs.size())) {
            for (Document doc : docs) {
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    pipeline.stages().get(i).process(doc);
                    nanos[i] += System.nanoTime() - start;
                }
                progress.advance(1);
            }
        }
        long total = java.util.Arrays.stream(nanos).sum();
        Map<String, Object> shares = new LinkedHashMap<>();
        for (int i = 0; i < nanos.length; i++) {
            shares.put(pipeline.stages().get(i).name(), Math.round(1000.0 * nanos[i] / total) / 10.0);
        }
        return shares;
    }

    private Map<String, Object> measure(Pipeline pipeline, List<Document> docs, long tokens, int threads)
            throws Exception {
        double best = Double.MAX_VALUE;
        long peakHeap = 0;
        for (int run = 1; run <= runs; run++) {
            System.gc();
            resetPeaks();
            double seconds = timeRun(pipeline, docs, threads, "documents (" + threads + " thread"
                    + (threads == 1 ? "" : "s") + ", run " + run + "/" + runs + ")");
            best = Math.min(best, seconds);
            peakHeap = Math.max(peakHeap, peakHeapBytes());
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("threads", threads);
        row.put("seconds", Math.round(best * 100) / 100.0);
        row.put("tokens_per_second", Math.round(tokens / best));
        row.put("documents_per_second", Math.round(docs.size() / best));
        row.put("peak_heap_mb", peakHeap / (1024 * 1024));
        return row;
    }

    private static double timeRun(Pipeline pipeline, List<Document> docs, int threads, String label)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        try (Progress progress = Progress.onStderr(label, docs.size())) {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                        // as analyze and ingest run it: with the per-document time budget checked between stages
                        pipeline.process(docs.get(i), Pipeline.DEFAULT_TIME_BUDGET);
                        if (i % 64 == 0) {
                            synchronized (progress) {
                                progress.advance(64);
                            }
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private void print(Map<String, Object> result) {
        if (json) {
            System.out.println(DocumentJson.toLine(result));
            return;
        }
        System.out.printf(Locale.ROOT, "kroniek bench nlp: %s on %,d %s documents, %,d tokens (best of %d)%n",
                result.get("stages"), result.get("documents"), language, result.get("tokens"), runs);
        System.out.println("  share of time per stage (%): " + result.get("stage_share"));
        System.out.printf(Locale.ROOT, "  %-8s %12s %14s %12s%n", "threads", "tokens/s", "documents/s", "peak heap");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) result.get("runs");
        for (Map<String, Object> row : rows) {
            System.out.printf(Locale.ROOT, "  %-8s %,12d %,14d %9d MB%n", row.get("threads"),
                    row.get("tokens_per_second"), row.get("documents_per_second"), row.get("peak_heap_mb"));
        }
        System.out.printf(Locale.ROOT, "  max heap %d MB, Java %s, %d cores%n", result.get("max_heap_mb"),
                result.get("java"), result.get("cores"));
    }
}
