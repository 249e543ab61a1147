package org.kroniek.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kroniek.app.cli.AnalysisOptions;
import org.kroniek.app.cli.Progress;
import org.kroniek.app.cli.SampleCorpus;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.DocumentJson;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.IdentityLookup;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreLayout;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.IngestOutcome;
import org.kroniek.store.ingest.ParallelIngest;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kroniek bench ingest}: generates N synthetic articles from the sample corpus ({@link SyntheticNews}),
 * ingests them into a new store through the real path (JSON Lines reader, language identification, analysis on
 * T threads, {@link StoreWriter}: database, near-duplicates, stories, index), then times Q searches of the kinds
 * users run (words, phrases, with and without date, language and sort options).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Documents/s of 'kroniek ingest' into a new store, store size per document and search latency"
                + " (p50/p99), over synthetic articles recombined from the sample corpus."})
public final class BenchIngestCommand implements Callable<Integer> {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Option(names = "--documents", defaultValue = "10000", paramLabel = "N",
            description = "Synthetic articles to generate and ingest (default: ${DEFAULT-VALUE}).")
    long documents;

    @Option(names = "--threads", paramLabel = "T", description = "Analysis threads (default: 2, or 1 on one core).")
    Integer threads;

    @Option(names = "--queries", defaultValue = "1000", paramLabel = "Q",
            description = "Searches to time after the ingest, after 100 unmeasured warm-up searches (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store to create and keep (must not hold documents yet); default: a temporary one, deleted after.")
    Path store;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "N", description = "Random seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Seed articles to recombine (default: the bundled samples).")
    Path corpus;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Mixin
    AnalysisOptions analysis;

    @Override
    public Integer call() throws IOException {
        if (documents < 1 || queries < 0) {
            System.err.println("kroniek: --documents must be at least 1 and --queries at least 0");
            return 1;
        }
        SyntheticNews news = new SyntheticNews(BenchCorpus.read(corpus == null ? SampleCorpus.directory() : corpus),
                documents, seed);
        Path directory = store != null ? store : Files.createTempDirectory("kroniek-bench-store-");
        if (Files.exists(new StoreLayout(directory).database())) {
            System.err.println("kroniek: " + directory + " already holds a store; bench ingest needs a new one");
            return 1;
        }
        Path input = Files.createTempFile("kroniek-bench-", ".jsonl");
        try {
            writeCorpus(news, input);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("benchmark", "ingest");
            ingest(directory, input, result);
            result.putAll(storeSize(directory, ((Number) result.get("documents")).longValue()));
            if (queries > 0) {
                result.putAll(search(directory, news));
            }
            result.put("java", Runtime.version().toString());
            result.put("cores", Runtime.getRuntime().availableProcessors());
            result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            print(result);
            return ((Number) result.get("failed")).longValue() == 0 ? 0 : 2;
        } finally {
            Files.deleteIfExists(input);
            if (store == null) {
                deleteTree(directory);
            }
        }
    }

    private void writeCorpus(SyntheticNews news, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < documents; i++) {
                out.write(DocumentJson.toLine(news.next().toJson()));
                out.write('\n');
            }
        }
    }

    private void ingest(Path directory, Path input, Map<String, Object> result) {
        int workers = threads != null ? Math.max(1, threads) : Math.min(2, Runtime.getRuntime().availableProcessors());
        long[] tokens = {0};
        try (KroniekStore kroniek = KroniekStore.openForWriting(directory);
             Progress progress = Progress.onStderrOrLog("documents", documents, Duration.ofSeconds(10))) {
            IngestListener listener = new IngestListener() {
                @Override
                public void stored(IngestOutcome outcome, Document document) {
                    tokens[0] += document.getTokens() == null ? 0 : document.getTokens().size();
                    progress.advance(1);
                }

                @Override
                public void failed(DocumentError error) {
                    progress.message("kroniek: error: " + error);
                    progress.advance(1);
                }
            };
            // The pipeline (models) is loaded before the clock starts: a long-running ingest pays it once.
            var pipeline = analysis.pipeline();
            long start = System.nanoTime();
            long writerCpu = THREADS.getCurrentThreadCpuTime();
            long processCpu = processCpuNanos();
            IngestCounts counts;
            try (StoreWriter writer = new StoreWriter(kroniek, WriterSettings.defaults(), listener, "bench ingest");
                 IdentityLookup stored = kroniek.documents().openLookup()) {
                counts = new ParallelIngest(pipeline, workers).run(new DocumentSource(ReaderOptions.defaults()),
                        List.of(input.toString()), writer, stored, listener);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            writerCpu = THREADS.getCurrentThreadCpuTime() - writerCpu;
            processCpu = processCpuNanos() - processCpu;
            result.put("documents", counts.processed());
            result.put("new", counts.newDocuments());
            result.put("near_duplicates", counts.duplicates());
            result.put("failed", counts.failed());
            result.put("threads", workers);
            result.put("tokens", tokens[0]);
            result.put("tokens_per_document", Math.round(tokens[0] / (double) Math.max(1, counts.processed())));
            result.put("ingest_seconds", round(seconds));
            result.put("documents_per_second", round(counts.processed() / seconds));
            result.put("tokens_per_second", Math.round(tokens[0] / seconds));
            // CPU time per document tells where the time goes also on a loaded machine, where wall time does not.
            result.put("cpu_ms_per_document", round(processCpu / 1e6 / Math.max(1, counts.processed())));
            result.put("writer_cpu_ms_per_document", round(writerCpu / 1e6 / Math.max(1, counts.processed())));
            result.put("stories", count(kroniek, "SELECT count(*) FROM stories"));
            result.put("stories_with_3_or_more", count(kroniek, "SELECT count(*) FROM stories WHERE documents >= 3"));
        }
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long count(KroniekStore kroniek, String sql) {
        try (var st = kroniek.connection().createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> storeSize(Path directory, long docs) {
        StoreLayout layout = new StoreLayout(directory);
        long database = sizeOf(layout.database()) + sizeOf(Path.of(layout.database() + "-wal"));
        long index = sizeOf(layout.index());
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("database_mb", round(database / 1e6));
        size.put("index_mb", round(index / 1e6));
        size.put("database_kb_per_document", round(database / 1e3 / Math.max(1, docs)));
        size.put("index_kb_per_document", round(index / 1e3 / Math.max(1, docs)));
        return size;
    }

    /** Searches on a store opened for reading, as {@code kroniek search} and the server do. */
    private Map<String, Object> search(Path directory, SyntheticNews news) {
        List<String> words = news.queryWords();
        Random random = new Random(seed);
        List<SearchRequest> requests = new ArrayList<>();
        for (int i = 0; i < queries + 100; i++) {
            requests.add(request(i % 10, words, news, random));
        }
        long[] nanos = new long[queries];
        long hits = 0;
        try (KroniekStore kroniek = KroniekStore.openForReading(directory);
             Progress progress = Progress.onStderr("searches", requests.size())) {
            for (int i = 0; i < requests.size(); i++) {
                long start = System.nanoTime();
                long total = kroniek.search(requests.get(i)).total();
                if (i >= 100) {
                    nanos[i - 100] = System.nanoTime() - start;
                    hits += total;
                }
                progress.advance(1);
            }
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("a generated query was refused: " + e.getMessage(), e);
        }
        Arrays.sort(nanos);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", queries);
        out.put("mean_hits", Math.round(hits / (double) queries));
        out.put("search_p50_ms", round(percentile(nanos, 0.50) / 1e6));
        out.put("search_p99_ms", round(percentile(nanos, 0.99) / 1e6));
        out.put("search_max_ms", round(nanos[nanos.length - 1] / 1e6));
        return out;
    }

    /** A mix: single words most often, then pairs, phrases, and words with a date range, language or sort. */
    private static SearchRequest request(int kind, List<String> words, SyntheticNews news, Random random) {
        String word = words.get(random.nextInt(words.size()));
        SearchRequest plain = SearchRequest.of(word).withLimit(20);
        return switch (kind) {
            case 0, 1, 2, 3 -> plain;
            case 4, 5 -> SearchRequest.of(word + " " + words.get(random.nextInt(words.size()))).withLimit(20);
            case 6 -> SearchRequest.of(news.phrase(random)).withLimit(20);
            case 7 -> {
                LocalDate from = news.firstDay().plusDays(random.nextLong(news.days()));
                yield plain.withDates(from, from.plusDays(90));
            }
            case 8 -> plain.withLanguage(random.nextBoolean() ? "nl" : "en");
            default -> plain.withSort(SearchRequest.SortOrder.NEWEST);
        };
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
    }

    private static long sizeOf(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private void print(Map<String, Object> result) {
        if (json) {
            System.out.println(DocumentJson.toLine(result));
            return;
        }
        System.out.println("kroniek bench ingest (synthetic articles from the samples, new store)");
        result.forEach((key, value) -> System.out.printf(Locale.ROOT, "  %-26s %s%n", key,
                value instanceof Long n ? String.format(Locale.ROOT, "%,d", n) : value));
    }
}
