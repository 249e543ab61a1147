package org.kroniek.store.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.kroniek.core.AnalysisTimeoutException;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Pipeline;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.store.IdentityLookup;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.dedup.DocumentIdentity;

/**
 * Reads, analyses and stores documents with analysis on several threads:
 * <pre>
 *   reader thread ──► bounded queue of futures, in input order ──► calling thread: StoreWriter
 *                        └─ analysis on N worker threads ─┘
 * </pre>
 * The writer takes results in input order, so sequence numbers, "first copy" decisions and progress are the
 * same as with one thread. Inputs already stored are recognised before analysis and skip it.
 */
public final class ParallelIngest {
    private final Pipeline pipeline;
    private final int threads;
    private final int queueCapacity;
    private final Duration timeBudget;

    public ParallelIngest(Pipeline pipeline, int threads) {
        this(pipeline, threads, Pipeline.DEFAULT_TIME_BUDGET);
    }

    /** @param timeBudget how long one document's analysis may take; one that takes longer is reported, skipped */
    public ParallelIngest(Pipeline pipeline, int threads, Duration timeBudget) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.queueCapacity = 32 * this.threads;
        this.timeBudget = timeBudget;
    }

    /** One document's way through: analysed, recognised as already stored, or failed. */
    private sealed interface Work {
    }

    private record Analysed(PreparedDocument prepared) implements Work {
    }

    private record AlreadyStored(Document document) implements Work {
    }

    private record Failed(DocumentError error) implements Work {
    }

    private record ReaderCrashed(RuntimeException cause) implements Work {
    }

    private static final Future<Work> END = CompletableFuture.completedFuture(null);

    /** Thrown into the reader when the writer has stopped, to end the read quickly. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    public IngestCounts run(DocumentSource source, List<String> paths, StoreWriter writer, IdentityLookup stored,
                            IngestListener listener) {
        BlockingQueue<Future<Work>> queue = new ArrayBlockingQueue<>(queueCapacity);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("kroniek-analyse-"));
        Thread reader = Thread.ofPlatform().name("kroniek-read").daemon().start(() -> {
            try {
                source.readAll(paths, new QueueingSink(queue, stop, workers, stored));
            } catch (Stopped e) {
                return;
            } catch (RuntimeException e) {
                put(queue, stop, CompletableFuture.completedFuture(new ReaderCrashed(e)));
            }
            put(queue, stop, END);
        });
        try {
            while (true) {
                Future<Work> next = queue.take();
                if (next == END) {
                    break;
                }
                handle(result(next), writer, listener);
            }
            return writer.counts();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } finally {
            stop.set(true);
            queue.clear();
            workers.shutdownNow();
            try {
                reader.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void handle(Work work, StoreWriter writer, IngestListener listener) {
        switch (work) {
            case Analysed a -> listener.stored(writer.add(a.prepared()), a.prepared().document());
            case AlreadyStored s -> {
                writer.countUnchanged();
                listener.stored(IngestOutcome.UNCHANGED, s.document());
            }
            case Failed f -> {
                writer.countFailed();
                listener.failed(f.error());
            }
            case ReaderCrashed c -> throw c.cause();
        }
    }

    private static Work result(Future<Work> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // Analysis failures are caught in the task; anything else here is a bug worth surfacing.
            throw new IllegalStateException("analysis thread failed: " + e.getCause(), e.getCause());
        }
    }

    /** Puts without blocking forever: gives up when the writer has stopped. */
    private static void put(BlockingQueue<Future<Work>> queue, AtomicBoolean stop, Future<Work> work) {
        try {
            while (!queue.offer(work, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private final class QueueingSink implements DocumentSink {
        private final BlockingQueue<Future<Work>> queue;
        private final AtomicBoolean stop;
        private final ExecutorService workers;
        private final IdentityLookup stored;

        QueueingSink(BlockingQueue<Future<Work>> queue, AtomicBoolean stop, ExecutorService workers,
                     IdentityLookup stored) {
            this.queue = queue;
            this.stop = stop;
            this.workers = workers;
            this.stored = stored;
        }

        @Override
        public void document(Document document) {
            if (stop.get()) {
                throw new Stopped();
            }
            // The identity depends only on text and metadata, so it is known before the costly analysis.
            DocumentIdentity identity = DocumentIdentity.of(document);
            if (stored.contains(identity.identity())) {
                put(queue, stop, CompletableFuture.completedFuture(new AlreadyStored(document)));
                return;
            }
            put(queue, stop, workers.submit(() -> analyse(document, identity)));
        }

        @Override
        public void error(DocumentError error) {
            put(queue, stop, CompletableFuture.completedFuture(new Failed(error)));
        }
    }

    private Work analyse(Document document, DocumentIdentity identity) {
        try {
            pipeline.process(document, timeBudget);
            // Also what the store derives from the document alone: here it runs in parallel, not on the writer.
            return new Analysed(PreparedDocument.of(document, identity));
        } catch (AnalysisTimeoutException e) {
            return new Failed(DocumentError.of(document.getSource(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(DocumentError.of(document.getSource(), "analysis failed in document "
                    + document.getId() + ": " + e));
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> Thread.ofPlatform().name(prefix + n.incrementAndGet()).daemon().unstarted(runnable);
    }
}
