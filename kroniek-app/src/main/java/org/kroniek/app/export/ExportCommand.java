package org.kroniek.app.export;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.export.EventTableExport;
import org.kroniek.store.export.JsonLdExport;
import org.kroniek.store.export.JsonLinesExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kroniek export}: the store as JSON Lines, a GDELT-style event table (CSV) or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a store: jsonl (every document with its layers, story and event ids; readable again",
            "with 'kroniek ingest --input-format jsonl'), events-csv (one row per event: date, actors with codes and",
            "names, type, place, source document and sentence, confidence, number of reports), or jsonld",
            "(schema.org NewsArticle, stories, events typed with the kroniek event vocabulary)."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, events-csv or jsonld.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path outFile;

    @Override
    public Integer call() throws Exception {
        if (!java.util.List.of("jsonl", "events-csv", "jsonld").contains(format)) {
            System.err.println("kroniek: --format '" + format + "' is unknown; use jsonl, events-csv or jsonld");
            return 1;
        }
        try (KroniekStore kroniek = KroniekStore.openForReading(store.location());
             PrintWriter out = outFile == null
                     ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false)
                     : new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
            int n = switch (format) {
                case "jsonl" -> new JsonLinesExport(kroniek).write(out);
                case "events-csv" -> new EventTableExport(kroniek.connection()).write(out);
                default -> new JsonLdExport(kroniek.connection()).write(out);
            };
            out.flush();
            System.err.printf("kroniek: exported %d %s%n", n, format.equals("events-csv") ? "events"
                    : format.equals("jsonl") ? "documents" : "nodes");
        }
        return 0;
    }
}
