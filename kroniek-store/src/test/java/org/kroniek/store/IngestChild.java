package org.kroniek.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kroniek.core.Pipeline;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.ParallelIngest;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;

/**
 * The ingest the crash tests kill: a real JVM of its own. Prints {@code committed SEQ} after every database
 * commit. With a third argument N it halts (as abruptly as kill -9: no shutdown hooks, nothing flushed) right
 * after the N-th commit, before that batch reaches the index.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        String input = args[1];
        int haltAfter = args.length > 2 ? Integer.parseInt(args[2]) : -1;
        WriterSettings settings = WriterSettings.defaults().withBatchSize(50)
                .withIndexCommitTime(Duration.ofMillis(haltAfter > 0 ? 0 : 300));
        IngestListener listener = new IngestListener() {
            private int commits;

            @Override
            public void committed(long throughSequence) {
                System.out.println("committed " + throughSequence);
                System.out.flush();
                if (++commits == haltAfter) {
                    Runtime.getRuntime().halt(137);
                }
            }
        };
        try (KroniekStore kroniek = KroniekStore.openForWriting(store);
             StoreWriter writer = new StoreWriter(kroniek, settings, listener, "child");
             IdentityLookup stored = kroniek.documents().openLookup()) {
            new ParallelIngest(Pipeline.of(), 2).run(new DocumentSource(ReaderOptions.defaults()), List.of(input),
                    writer, stored, listener);
        }
        System.out.println("done");
    }
}
