package org.kroniek.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kroniek.store.postgres.PostgresDocumentStore;
import org.kroniek.store.postgres.PostgresSearchIndex;
import org.kroniek.store.search.LuceneSearchIndex;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchResults;
import org.kroniek.store.sql.SqliteDocumentStore;

/**
 * A store: either a directory with the SQLite database (source of truth) and the Lucene index (derived,
 * reconciled on every open for writing), or a PostgreSQL database that is both (see {@link StoreAddress}). Open
 * it for writing to ingest (one writer at a time for a directory; several may share a PostgreSQL store), or for
 * reading to search (any number, also while an ingest runs).
 */
public final class KroniekStore implements AutoCloseable {
    private final StoreAddress address;
    private final StoreLayout layout;
    private final JdbcDocumentStore documents;
    private final SearchIndex index;
    private final ReconcileReport reconcileReport;
    /** False for a view that shares another's search index: closing it leaves the index open. */
    private final boolean ownsIndex;

    private KroniekStore(StoreAddress address, StoreLayout layout, JdbcDocumentStore documents, SearchIndex index,
                         ReconcileReport report) {
        this(address, layout, documents, index, report, true);
    }

    private KroniekStore(StoreAddress address, StoreLayout layout, JdbcDocumentStore documents, SearchIndex index,
                         ReconcileReport report, boolean ownsIndex) {
        this.address = address;
        this.layout = layout;
        this.documents = documents;
        this.index = index;
        this.reconcileReport = report;
        this.ownsIndex = ownsIndex;
    }

    /** Opens the store at a directory or PostgreSQL address for writing (see {@link #openForWriting(Path)}). */
    public static KroniekStore openForWriting(StoreAddress address) {
        if (!address.isPostgres()) {
            return openForWriting(address.path());
        }
        // The database is its own index: nothing to reconcile.
        PostgresDocumentStore documents = PostgresDocumentStore.openForWriting(address.postgresUrl());
        return new KroniekStore(address, null, documents, new PostgresSearchIndex(documents),
                new ReconcileReport(0, false, null));
    }

    /** Opens an existing store at a directory or PostgreSQL address for reading. */
    public static KroniekStore openForReading(StoreAddress address) {
        if (!address.isPostgres()) {
            return openForReading(address.path());
        }
        PostgresDocumentStore documents = PostgresDocumentStore.openForReading(address.postgresUrl());
        return new KroniekStore(address, null, documents, new PostgresSearchIndex(documents),
                new ReconcileReport(0, false, null));
    }

    /** Opens the store at {@code directory}, creating it when absent, and repairs the index if it lags behind. */
    public static KroniekStore openForWriting(Path directory) {
        StoreLayout layout = new StoreLayout(directory);
        prepareDirectory(layout);
        // The index's write lock is taken first: it keeps a second ingest out before either touches the database.
        LuceneSearchIndex index = LuceneSearchIndex.openForWriting(layout.index());
        SqliteDocumentStore documents = null;
        try {
            documents = SqliteDocumentStore.openForWriting(layout.database());
            ReconcileReport report = IndexReconciler.reconcile(documents, index, index.startedEmptyBecause());
            return new KroniekStore(StoreAddress.directory(directory), layout, documents, index, report);
        } catch (RuntimeException e) {
            if (documents != null) {
                documents.close();
            }
            index.close();
            throw e;
        }
    }

    /** Opens an existing store read-only, for searching. */
    public static KroniekStore openForReading(Path directory) {
        StoreLayout layout = new StoreLayout(directory);
        if (!Files.isRegularFile(layout.database())) {
            throw new StoreException("no kroniek store at " + layout.directory()
                    + "; create one with 'kroniek ingest --store " + directory + " PATH...'");
        }
        SqliteDocumentStore documents = SqliteDocumentStore.openForReading(layout.database());
        try {
            return new KroniekStore(StoreAddress.directory(directory), layout, documents,
                    LuceneSearchIndex.openForReading(layout.index()),
                    new ReconcileReport(0, false, null));
        } catch (RuntimeException e) {
            documents.close();
            throw e;
        }
    }

    /**
     * Opens a read-only view with its own database connection over a search index opened once for reading
     * ({@link LuceneSearchIndex#openForReading}) and shared by many views, as the server does: a Lucene searcher
     * is thread-safe, a JDBC connection is not. Closing the view closes only its connection.
     */
    public static KroniekStore openSharing(Path directory, LuceneSearchIndex sharedIndex) {
        StoreLayout layout = new StoreLayout(directory);
        if (!Files.isRegularFile(layout.database())) {
            throw new StoreException("no kroniek store at " + layout.directory()
                    + "; create one with 'kroniek ingest --store " + directory + " PATH...'");
        }
        return new KroniekStore(StoreAddress.directory(directory), layout,
                SqliteDocumentStore.openForReading(layout.database()), sharedIndex, new ReconcileReport(0, false, null),
                false);
    }

    private static void prepareDirectory(StoreLayout layout) {
        Path dir = layout.directory();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("the store path " + dir + " is a file, not a directory");
        }
        if (Files.isDirectory(dir) && !Files.exists(layout.database()) && !isEmpty(dir)) {
            throw new StoreException(dir + " is not empty and holds no kroniek store (" + StoreLayout.DATABASE_FILE
                    + "); choose a new or empty directory for --store");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + dir + ": " + describe(e), e);
        }
        if (!Files.isWritable(dir) || (Files.exists(layout.database()) && !Files.isWritable(layout.database()))) {
            throw new StoreException("cannot write to the store " + dir + ": it is read-only (permission denied);"
                    + " choose another --store or fix its permissions");
        }
    }

    private static boolean isEmpty(Path dir) {
        // An index/ alone is what a first run that failed before creating the database leaves behind.
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(entry -> entry.getFileName().toString().equals(StoreLayout.INDEX_DIRECTORY));
        } catch (IOException e) {
            throw new StoreException("cannot read the store directory " + dir + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
    }

    /** The directory layout; null for a PostgreSQL store. */
    public StoreLayout layout() {
        return layout;
    }

    public StoreAddress address() {
        return address;
    }

    public JdbcDocumentStore documents() {
        return documents;
    }

    /** The database connection, for the store-side queries (stories, timelines, exports): SQLite or PostgreSQL. */
    public java.sql.Connection connection() {
        return documents.connection();
    }

    public org.kroniek.store.sql.SqlDialect dialect() {
        return documents.dialect();
    }

    /** A stored document with every layer. */
    public java.util.Optional<org.kroniek.core.Document> load(long seq) {
        return documents.load(seq);
    }

    public SearchIndex index() {
        return index;
    }

    /** What opening had to repair in the index (nothing when it was in step with the database). */
    public ReconcileReport reconcileReport() {
        return reconcileReport;
    }

    /** Searches, and tells each hit how many near-duplicates are linked to it. */
    public SearchResults search(SearchRequest request) throws QuerySyntaxException {
        SearchResults results = index.search(request);
        List<Long> sequences = results.hits().stream().map(SearchHit::sequence).toList();
        Map<Long, Integer> duplicates = documents.duplicatesPerDocument(sequences);
        List<SearchHit> hits = new ArrayList<>(results.hits().size());
        for (SearchHit hit : results.hits()) {
            hits.add(hit.withDuplicates(duplicates.getOrDefault(hit.sequence(), 0)));
        }
        return new SearchResults(results.total(), results.totalExact(), hits, results.milliseconds());
    }

    @Override
    public void close() {
        try {
            if (ownsIndex) {
                index.close();
            }
        } finally {
            documents.close();
        }
    }
}
