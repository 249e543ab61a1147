package org.kroniek.app.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kroniek.app.cli.AnalysisOptions;
import org.kroniek.app.cli.InputOptions;
import org.kroniek.app.cli.Progress;
import org.kroniek.app.cli.SampleCorpus;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.IdentityLookup;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.ReconcileReport;
import org.kroniek.store.StoreAddress;
import org.kroniek.store.ingest.ParallelIngest;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek ingest}: analyse documents and add them to a store, incrementally and crash-safely. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse news articles and add them to a store (a directory: SQLite + a Lucene search index;"
                + " or a PostgreSQL database: --store postgresql://USER@HOST:PORT/DB).",
            "Documents already in the store are skipped; near-duplicates (the same text republished, a corrected"
                + " version) are stored linked to their first copy. Safe to interrupt: rerun the same command.",
            "With no PATH it reads the bundled sample corpus (samples/).",
            "Exit status: 0 when every document was stored or already there, 2 when some failed (each failure is"
                + " reported on stderr), 1 on a usage error or when the store cannot be used."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, directories or '-' for stdin.")
    List<String> paths = List.of();

    @Mixin
    InputOptions input;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: 2, or 1 on one core).")
    Integer threads;

    @Option(names = "--near-duplicate-threshold", paramLabel = "J", defaultValue = "0.7",
            description = "Estimated Jaccard similarity of word 5-shingles from which a text is linked as a"
                    + " near-duplicate (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() {
        List<String> inputs = paths.isEmpty() ? List.of(SampleCorpus.directory().toString()) : paths;
        ReaderOptions options = input.readerOptions();
        if (!options.problems().isEmpty()) {
            options.problems().forEach(p -> System.err.println("kroniek: " + p));
            return 1;
        }
        if (threshold <= 0 || threshold > 1) {
            System.err.println("kroniek: --near-duplicate-threshold must be in (0, 1], not " + threshold);
            return 1;
        }
        StoreAddress directory = store.location();
        int workers = threads != null ? Math.max(1, threads) : Math.min(2, Runtime.getRuntime().availableProcessors());
        WriterSettings settings = WriterSettings.defaults().withNearDuplicateThreshold(threshold);
        try (KroniekStore kroniek = KroniekStore.openForWriting(directory)) {
            reportRepairs(kroniek.reconcileReport());
            Progress progress = Progress.onStderrOrLog("documents", InputEstimate.documents(inputs), Duration.ofSeconds(10));
            IngestProgress listener = new IngestProgress(progress);
            IngestCounts counts;
            try (StoreWriter writer = new StoreWriter(kroniek, settings, listener, String.join(" ", inputs));
                 IdentityLookup stored = kroniek.documents().openLookup()) {
                counts = new ParallelIngest(analysis.pipeline(), workers, analysis.timeBudget())
                        .run(new DocumentSource(options), inputs, writer, stored, listener);
            } finally {
                progress.close();
            }
            System.err.println(summary(counts, progress.elapsedSeconds()));
            System.err.printf(Locale.ROOT, "kroniek: store %s holds %,d documents (%,d near-duplicates)%n",
                    directory, kroniek.documents().count(), kroniek.documents().duplicateCount());
            return counts.failed() == 0 ? 0 : 2;
        }
    }

    private static void reportRepairs(ReconcileReport report) {
        if (report.rebuiltBecause() != null) {
            System.err.println("kroniek: rebuilt the search index from the database (" + report.rebuiltBecause() + ")");
        } else if (report.reindexed() > 0 || report.removed()) {
            System.err.printf(Locale.ROOT, "kroniek: the search index was behind the database (an interrupted run?);"
                    + " re-indexed %,d documents%n", report.reindexed());
        }
    }

    static String summary(IngestCounts counts, double seconds) {
        return String.format(Locale.ROOT, "kroniek: %,d new (%,d near-duplicates linked), %,d unchanged, %,d failed"
                        + " in %.2f s (%.1f documents/s)", counts.newDocuments(), counts.duplicates(),
                counts.unchanged(), counts.failed(), seconds, counts.processed() / Math.max(seconds, 1e-9));
    }
}
