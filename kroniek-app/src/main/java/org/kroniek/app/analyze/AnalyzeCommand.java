package org.kroniek.app.analyze;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kroniek.app.cli.AnalysisOptions;
import org.kroniek.app.cli.InputOptions;
import org.kroniek.app.cli.Progress;
import org.kroniek.app.cli.SampleCorpus;
import org.kroniek.core.AnalysisTimeoutException;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Pipeline;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kroniek analyze}: read documents, run the pipeline, write the analysis contract. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse news articles and write their annotations (the JSON contract of docs/FORMATS.md).",
            "Reads the seed format, plain text, JSON Lines, HTML, RSS/Atom and directories of them; '-' is stdin.",
            "With no PATH it reads the bundled sample corpus (samples/).",
            "Exit status: 0 when every document was analysed, 2 when some failed (each failure is reported on"
                + " stderr), 1 on a usage error."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, directories or '-' for stdin.")
    List<String> paths = List.of();

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    AnalysisOptions analysis;

    @Override
    public Integer call() throws IOException {
        List<String> inputs = paths.isEmpty() ? List.of(SampleCorpus.directory().toString()) : paths;
        Pipeline pipeline = analysis.pipeline();
        DocumentSource source = new DocumentSource(input.readerOptions());
        Progress progress = Progress.onStderr("documents", 0);
        Batch batch;
        try (OutputStream out = openOutput(); DocumentWriter writer = DocumentWriter.create(format, out)) {
            batch = new Batch(pipeline, analysis.timeBudget(), writer, progress);
            source.readAll(inputs, batch);
        } finally {
            progress.close();
        }
        // After the output is flushed, so that on a terminal the summary comes last.
        System.err.println(batch.summary(progress.elapsedSeconds()));
        return batch.failed == 0 ? 0 : 2;
    }

    private OutputStream openOutput() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(new NonClosingOutputStream(System.out), 1 << 16);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
    }

    /** Analyses each document as the readers deliver it; a failure costs that document only. */
    private static final class Batch implements DocumentSink {
        private final Pipeline pipeline;
        private final Duration timeBudget;
        private final DocumentWriter writer;
        private final Progress progress;
        private long analysed;
        private long failed;

        Batch(Pipeline pipeline, Duration timeBudget, DocumentWriter writer, Progress progress) {
            this.pipeline = pipeline;
            this.timeBudget = timeBudget;
            this.writer = writer;
            this.progress = progress;
        }

        @Override
        public void document(Document document) {
            try {
                pipeline.process(document, timeBudget);
            } catch (AnalysisTimeoutException e) {
                error(DocumentError.of(document.getSource(), e.getMessage()));
                return;
            } catch (RuntimeException e) {
                error(DocumentError.of(document.getSource(), "analysis failed in document " + document.getId()
                        + ": " + e));
                return;
            }
            try {
                writer.document(document);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write output", e);
            }
            analysed++;
            progress.advance(1);
        }

        @Override
        public void warning(DocumentError warning) {
            progress.message("kroniek: warning: " + warning);
        }

        @Override
        public void error(DocumentError error) {
            failed++;
            progress.message("kroniek: error: " + error);
            try {
                writer.error(error);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write output", e);
            }
        }

        String summary(double seconds) {
            return String.format(Locale.ROOT, "kroniek: %d document%s analysed, %d failed in %.2f s (%.1f documents/s)",
                    analysed, analysed == 1 ? "" : "s", failed, seconds, analysed / Math.max(seconds, 1e-9));
        }
    }
}
