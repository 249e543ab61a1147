package org.kroniek.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kroniek.app.cli.Progress;
import org.kroniek.app.cli.SampleCorpus;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.DocumentJson;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.nlp.tokenize.TokenizeStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kroniek bench tokenize}: reading + tokenization + sentence splitting over the sample corpus repeated
 * into one large JSON Lines file, so that reading (I/O, UTF-8 decoding, JSON parsing) is measured too.
 */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Tokens/s for reading + tokenizing + sentence splitting a large corpus (the samples repeated).")
public final class BenchTokenizeCommand implements Callable<Integer> {
    @Option(names = "--tokens", defaultValue = "5000000", paramLabel = "N",
            description = "Repeat the corpus until it has at least N tokens (default: ${DEFAULT-VALUE}).")
    long targetTokens;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "Measured runs after one warm-up run; the best is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Corpus to repeat (default: the bundled samples).")
    Path corpus;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    private final TokenizeStage tokenizer = new TokenizeStage();

    @Override
    public Integer call() throws IOException {
        List<Document> seeds = BenchCorpus.read(corpus == null ? SampleCorpus.directory() : corpus);
        Path file = Files.createTempFile("kroniek-bench-", ".jsonl");
        try {
            long bytes = writeRepeated(seeds, file);
            Run best = null;
            for (int i = 0; i <= runs; i++) {
                Run run = timeOneRun(file, i == 0 ? "warm-up" : "run " + i + "/" + runs);
                if (i > 0 && (best == null || run.seconds < best.seconds)) {
                    best = run;
                }
            }
            report(best, bytes);
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the corpus again and again, each copy with its own id, until it holds the target token count. */
    private long writeRepeated(List<Document> seeds, Path file) throws IOException {
        long tokensPerPass = 0;
        for (Document doc : seeds) {
            tokenizer.process(doc);
            tokensPerPass += doc.getTokens().size();
        }
        long passes = Math.max(1, (targetTokens + tokensPerPass - 1) / tokensPerPass);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long pass = 0; pass < passes; pass++) {
                for (Document doc : seeds) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", doc.getId() + "-" + pass);
                    line.put("date", doc.getDct());
                    line.put("text", doc.getText());
                    out.write(DocumentJson.toLine(line));
                    out.write('\n');
                }
            }
        }
        return Files.size(file);
    }

    private Run timeOneRun(Path file, String label) {
        Run run = new Run();
        try (Progress progress = Progress.onStderr("documents (" + label + ")", 0)) {
            long start = System.nanoTime();
            new DocumentSource(ReaderOptions.defaults()).readAll(List.of(file.toString()), new DocumentSink() {
                @Override
                public void document(Document document) {
                    tokenizer.process(document);
                    run.documents++;
                    run.tokens += document.getTokens().size();
                    run.sentences += document.getSentences().size();
                    progress.advance(1);
                }

                @Override
                public void error(DocumentError error) {
                    throw new IllegalStateException("benchmark corpus unreadable: " + error);
                }
            });
            run.seconds = (System.nanoTime() - start) / 1e9;
        }
        return run;
    }

    private void report(Run run, long bytes) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "tokenize");
        result.put("documents", run.documents);
        result.put("tokens", run.tokens);
        result.put("sentences", run.sentences);
        result.put("megabytes", round(bytes / 1e6));
        result.put("seconds", round(run.seconds));
        result.put("tokens_per_second", Math.round(run.tokens / run.seconds));
        result.put("documents_per_second", Math.round(run.documents / run.seconds));
        result.put("megabytes_per_second", round(bytes / 1e6 / run.seconds));
        result.put("threads", 1);
        result.put("java", Runtime.version().toString());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        if (json) {
            System.out.println(DocumentJson.toLine(result));
            return;
        }
        System.out.println("kroniek bench tokenize (read JSON Lines + tokenize + split sentences, 1 thread, best of "
                + runs + ")");
        result.forEach((key, value) -> System.out.printf(Locale.ROOT, "  %-22s %s%n", key,
                value instanceof Long n ? String.format(Locale.ROOT, "%,d", n) : value));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static final class Run {
        long documents;
        long tokens;
        long sentences;
        double seconds;
    }
}
